import { parseTechniqueId, techniqueIdFromUrl } from "../attack/ids";
import { findQueryBlocks } from "../blocks/query-blocks";
import { readTestFields } from "./atomic";
import { classifyNote, type KindTags } from "./kinds";
import type { Heading } from "./markdown";
import { intern, keptList, memoise } from "../memo";
import type { NoteRecord, RuleFields, TechniqueFields } from "./note";
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
  const tags = keptList(uniqueTags(allTags(fromFrontmatter.tags, source.inlineTags)));
  const kind = classifyNote(tags, kindTags);
  const basename = basenameOf(source.path);
  const note: Mutable<NoteRecord> = {
    path: source.path,
    basename,
    title: titleOf(properties.title, basename),
    kind,
    tags,
    techniques: techniquesOf(tags),
    properties,
    links: keptList(source.links),
  };
  if (source.body !== undefined) note.queryBlocks = queryBlockTexts(source.body);
  addKindFields(note, source, properties);
  const problems = fromFrontmatter.problems.map(
    (p) => `tag "${p.value}" ${p.reason}; it was skipped (${TAG_ADVICE})`,
  );
  return { note, problems, tagProblems: fromFrontmatter.problems };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Frontmatter tags, then inline tags without their `#`, interned: notes share tag texts. */
function allTags(fromFrontmatter: readonly string[], inline: readonly string[]): string[] {
  const tags = fromFrontmatter.map(intern);
  for (const raw of inline) {
    const tag = raw.startsWith("#") ? raw.slice(1) : raw;
    if (tag !== "") tags.push(intern(tag));
  }
  return tags;
}

function frontmatterTagValue(frontmatter: unknown): unknown {
  if (frontmatter === null || typeof frontmatter !== "object") return undefined;
  const own = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(frontmatter, key)
      ? Reflect.get(frontmatter, key)
      : undefined;
  return own("tags") ?? own("tag");
}

/** File name without folders and `.md`. */
export function basenameOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.slice(-3).toLowerCase() === ".md" ? name.slice(0, -3) : name;
}

function titleOf(title: unknown, basename: string): string {
  return typeof title === "string" && title.trim() !== "" ? title.trim() : basename;
}

function techniquesOf(tags: readonly string[]): readonly string[] {
  const ids: string[] = [];
  for (const tag of tags) {
    const id = techniqueOfTag(tag);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return keptList(ids.sort());
}

/** The technique a tag spells, one shared text per identifier. */
const techniqueOfTag = memoise((tag: string): string | undefined => {
  const id = parseTechniqueId(tag);
  return id === undefined ? undefined : intern(id);
});

function queryBlockTexts(body: string): string[] {
  return findQueryBlocks(body).map((block) => block.text);
}

type Properties = ReturnType<typeof sanitiseProperties>;

function addKindFields(note: Mutable<NoteRecord>, source: NoteSource, properties: Properties) {
  if (note.kind === "rule") note.rule = ruleFields(properties);
  else if (note.kind === "test") note.test = readTestFields(source.headings, source.body);
  else if (note.kind === "technique") {
    const technique = techniqueFields(source, properties, note.tags);
    if (technique) note.technique = technique;
  }
}

/** Rule fields; the few repeated values (level, status, product, service) are interned. */
function ruleFields(properties: Properties): RuleFields {
  return {
    level: intern(propertyText(properties.level).toLowerCase()),
    status: intern(propertyText(properties.status).toLowerCase()),
    product: intern(propertyText(properties.logsrc_product)),
    service: intern(propertyText(properties.logsrc_service)),
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
    tactics: keptList(propertyList(properties.tactics)),
    platforms: keptList(propertyList(properties.platforms)),
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
