import { parseTechniqueId, techniqueIdFromUrl } from "../attack/ids";
import { findQueryBlocks } from "../blocks/query-blocks";
import { readTestFields } from "./atomic";
import { classifyNote, type KindTags } from "./kinds";
import type { Heading } from "./markdown";
import type { NoteKind, NoteRecord, RuleFields, TechniqueFields } from "./note";
import { propertyList, propertyText, sanitiseProperties } from "./properties";
import { frontmatterTags, uniqueTags, type TagProblem } from "./tags";

const TAG_ADVICE = "a tag is one word of letters, digits, _, - or /, such as T1059_001";

/** What a note is made from: the app's metadata cache, or a file read from disk. */
export interface NoteSource {
  readonly path: string;
  /** Parsed frontmatter, or undefined when there is none or it could not be parsed. */
  readonly frontmatter: unknown;
  /** Inline tags found in the body, with or without `#`. */
  readonly inlineTags: readonly string[];
  readonly headings: readonly Heading[];
  readonly links: readonly string[];
  /** The body after the frontmatter, when it was read. */
  readonly body?: string;
}

/** A note and what was wrong with it but recovered. */
export interface BuiltNote {
  readonly note: NoteRecord;
  readonly problems: string[];
  /** The tag problems among `problems`, as values. */
  readonly tagProblems: readonly TagProblem[];
}

/** Builds the note model from its source. */
export function buildNote(source: NoteSource, kindTags: KindTags): BuiltNote {
  const properties = sanitiseProperties(source.frontmatter);
  const fromFrontmatter = frontmatterTags(frontmatterTagValue(source.frontmatter));
  const tags = uniqueTags([...fromFrontmatter.tags, ...inlineTagTexts(source.inlineTags)]);
  const kind = classifyNote(tags, kindTags);
  const basename = basenameOf(source.path);
  const note: NoteRecord = {
    path: source.path,
    basename,
    title: titleOf(properties.title, basename),
    kind,
    tags,
    techniques: techniquesOf(tags),
    properties,
    links: [...source.links],
    ...(source.body === undefined ? {} : { queryBlocks: queryBlockTexts(source.body) }),
    ...kindFields(kind, source, properties, tags),
  };
  const problems = fromFrontmatter.problems.map(
    (p) => `tag "${p.value}" ${p.reason}; it was skipped (${TAG_ADVICE})`,
  );
  return { note, problems, tagProblems: fromFrontmatter.problems };
}

function frontmatterTagValue(frontmatter: unknown): unknown {
  if (frontmatter === null || typeof frontmatter !== "object") return undefined;
  const own = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(frontmatter, key)
      ? Reflect.get(frontmatter, key)
      : undefined;
  return own("tags") ?? own("tag");
}

function inlineTagTexts(tags: readonly string[]): string[] {
  return tags.map((tag) => tag.replace(/^#/, "")).filter((tag) => tag !== "");
}

/** File name without folders and `.md`. */
export function basenameOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.replace(/\.md$/i, "");
}

function titleOf(title: unknown, basename: string): string {
  return typeof title === "string" && title.trim() !== "" ? title.trim() : basename;
}

function techniquesOf(tags: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = parseTechniqueId(tag);
    if (id !== undefined) ids.add(id);
  }
  return [...ids].sort();
}

function queryBlockTexts(body: string): string[] {
  return findQueryBlocks(body).map((block) => block.text);
}

type Properties = ReturnType<typeof sanitiseProperties>;

function kindFields(
  kind: NoteKind,
  source: NoteSource,
  properties: Properties,
  tags: readonly string[],
): Partial<NoteRecord> {
  if (kind === "rule") return { rule: ruleFields(properties) };
  if (kind === "test") return { test: readTestFields(source.headings, source.body) };
  if (kind === "technique") {
    const technique = techniqueFields(source, properties, tags);
    return technique ? { technique } : {};
  }
  return {};
}

function ruleFields(properties: Properties): RuleFields {
  return {
    level: propertyText(properties.level).toLowerCase(),
    status: propertyText(properties.status).toLowerCase(),
    product: propertyText(properties.logsrc_product),
    service: propertyText(properties.logsrc_service),
    created: propertyText(properties.created),
    modified: propertyText(properties.last_modified ?? properties.modified),
  };
}

function techniqueFields(
  source: NoteSource,
  properties: Properties,
  tags: readonly string[],
): TechniqueFields | undefined {
  const basename = basenameOf(source.path);
  const id = techniqueIdOf(basename, propertyText(properties.url), tags);
  if (id === undefined) return undefined;
  return {
    id,
    name: techniqueNameOf(basename, source.headings),
    tactics: propertyList(properties.tactics),
    platforms: propertyList(properties.platforms),
  };
}

/** The note's own identifier: its file name's, then its URL's, then its first technique tag. */
function techniqueIdOf(basename: string, url: string, tags: readonly string[]): string | undefined {
  const fromName = parseTechniqueId(basename.split(/\s/)[0] ?? "");
  const fromUrl = techniqueIdFromUrl(url);
  const fromTags = techniquesOf(tags);
  return fromName ?? fromUrl ?? fromTags[0];
}

function techniqueNameOf(basename: string, headings: readonly Heading[]): string {
  const afterId = /^\S+\s+-\s+(.+)$/.exec(basename)?.[1];
  return afterId ?? headings[0]?.text ?? basename;
}
