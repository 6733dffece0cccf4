/**
 * Renders planned notes as files (frontmatter + Markdown body) and as the metadata the
 * app's cache would hold for them (`MetadataLike`), both from the same values.
 */
import { techniqueUrl } from "../src/core/attack/ids";
import type { MetadataLike } from "../src/core/notes/from-metadata";
import type { NoteKind } from "../src/core/notes/note";
import type { PlannedNote } from "./plan";
import { quantileAt, type FrontmatterShape, type KindProfile, type VaultProfile } from "./profile";
import { Random } from "./random";
import { prose, sentence, title, word } from "./text";

/** One generated note: its vault path, file text and metadata. */
export interface GeneratedNote {
  readonly path: string;
  readonly kind: NoteKind;
  readonly text: string;
  readonly metadata: MetadataLike;
}

type Frontmatter = Record<string, unknown>;
type Heading = { heading: string; level: number };

/** The Markdown body under construction, with the headings the app would list. */
class Body {
  readonly parts: string[] = [];
  readonly headings: Heading[] = [];
  length = 0;

  heading(level: number, text: string): void {
    this.headings.push({ heading: text, level });
    this.add(`${"#".repeat(level)} ${text}\n\n`);
  }

  add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}

const FOLDERS: Record<NoteKind, string> = {
  technique: "Use Cases",
  rule: "Detection Rules",
  test: "Testing Runbooks",
  other: "Notes",
};

/** Renders one planned note. */
export function renderNote(
  profile: VaultProfile,
  planned: PlannedNote,
  seed: number,
): GeneratedNote {
  const random = Random.forItem(seed, planned.kind, planned.index);
  const kindProfile = profile[planned.kind];
  const bodyBytes = Math.round(quantileAt(kindProfile.bodyBytes, random.next()));
  const body = BODIES[planned.kind](planned, random, bodyBytes, profile);
  const frontmatter = frontmatterOf(planned, kindProfile, random);
  const head = frontmatter === undefined ? "" : `---\n${yamlOf(frontmatter)}---`;
  const text = head === "" ? body.parts.join("") : `${head}\n${body.parts.join("")}`;
  const metadata: MetadataLike = {
    ...(frontmatter === undefined ? {} : { frontmatter }),
    ...(head === "" ? {} : { frontmatterPosition: { end: { offset: head.length } } }),
    headings: body.headings,
  };
  return { path: pathOf(planned), kind: planned.kind, text, metadata };
}

function pathOf(planned: PlannedNote): string {
  const folder = FOLDERS[planned.kind];
  if (planned.techniqueId) return `${folder}/${planned.techniqueId} - ${planned.name}.md`;
  const slug = planned.name.toLowerCase().replace(/ /g, "_");
  return `${folder}/${slug}_${planned.index}.md`;
}

function frontmatterOf(
  planned: PlannedNote,
  kind: KindProfile,
  random: Random,
): Frontmatter | undefined {
  const shape = pickShape(kind.frontmatterShapes, random);
  if (shape === undefined || shape.keys.length === 0) return undefined;
  const values = VALUES[planned.kind](planned, random);
  const frontmatter: Frontmatter = {};
  for (const key of shape.keys) frontmatter[key] = values[key] ?? word(random);
  return frontmatter;
}

function pickShape(
  shapes: readonly FrontmatterShape[],
  random: Random,
): FrontmatterShape | undefined {
  const index = random.fromHistogram(Object.fromEntries(shapes.map((s, i) => [i, s.share])));
  return shapes[Number(index)];
}

const VALUES: Record<NoteKind, (planned: PlannedNote, random: Random) => Frontmatter> = {
  technique: (planned, random) => ({
    created: isoDate(random),
    last_modified: isoDate(random),
    version: 1 + random.int(3),
    tactics: planned.tactics.join(", "),
    url: techniqueUrl(planned.techniqueId ?? ""),
    platforms: ["Linux", "Windows", "macOS"].slice(random.int(3)).join(", "),
    tags: planned.tags,
  }),
  rule: (planned, random) => ({
    title: planned.name,
    status: random.pick(["stable", "test", "experimental"]),
    created: slashDate(random),
    last_modified: slashDate(random),
    tags: planned.tags,
    logsrc_product: word(random),
    logsrc_service: random.int(2) === 0 ? "" : word(random),
    level: random.pick(["informational", "low", "medium", "medium", "high", "high", "critical"]),
  }),
  test: (planned) => ({
    tags: planned.tags,
    filename: `[[${planned.techniqueId ?? ""} - ${planned.name}]]`,
  }),
  other: () => ({}),
};

function isoDate(random: Random): string {
  const [y, m, d] = [2017 + random.int(7), 1 + random.int(12), 1 + random.int(28)];
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function slashDate(random: Random): string {
  return isoDate(random).replace(/-/g, "/");
}

/** YAML for the flat frontmatter written here: text, numbers and flow lists of tags. */
function yamlOf(frontmatter: Frontmatter): string {
  return Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${yamlValue(value)}\n`)
    .join("");
}

function yamlValue(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((item) => (item === null ? "" : String(item))).join(", ")}]`;
  if (typeof value === "string" && /^[\w ,.:/-]*$/.test(value) && !/: |^$/.test(value))
    return value;
  return JSON.stringify(value);
}

type BodyWriter = (
  planned: PlannedNote,
  random: Random,
  bytes: number,
  profile: VaultProfile,
) => Body;

const BODIES: Record<NoteKind, BodyWriter> = {
  technique: techniqueBody,
  rule: ruleBody,
  test: testBody,
  other: (_planned, random, bytes) => {
    const body = new Body();
    body.add(prose(random, bytes) + "\n");
    return body;
  },
};

function techniqueBody(
  planned: PlannedNote,
  random: Random,
  bytes: number,
  profile: VaultProfile,
): Body {
  const body = new Body();
  const tag = planned.tags[0] ?? "";
  const links = Number(random.fromHistogram(profile.technique.bodyLinksPerNote));
  body.heading(2, planned.name);
  body.heading(3, "Description");
  body.add(prose(random, Math.max(0, bytes - 600) * 0.6) + "\n\n");
  body.heading(3, "Detection");
  body.add(prose(random, Math.max(0, bytes - 600) * 0.4) + webLinks(random, links) + "\n\n");
  body.heading(3, "Defenses Bypassed");
  body.heading(3, "Data Sources");
  body.add(`  - ${title(random, 2)}: ${title(random, 3)}\n`);
  body.heading(3, "Detection Rule");
  body.add(queryBlock("detection_rule", tag));
  body.heading(3, "Rule Testing");
  body.add(queryBlock("atomic_test", tag));
  return body;
}

/** The block every technique note of the sample ends with, twice. */
function queryBlock(kindTag: string, techniqueTag: string): string {
  return "```query\n" + `tag: ${kindTag}\ntag: ${techniqueTag}\n` + "```\n\n";
}

function webLinks(random: Random, count: number): string {
  const links = Array.from({ length: count }, () => {
    const id = `T${1000 + random.int(700)}`;
    return ` [${word(random)}](${techniqueUrl(id)})`;
  });
  return links.join("");
}

function ruleBody(planned: PlannedNote, random: Random, bytes: number): Body {
  const body = new Body();
  body.heading(2, planned.name);
  body.heading(3, "Description");
  body.add(sentence(random) + "\n\n```yml\n");
  body.add(`title: ${planned.name}\nstatus: test\ndescription: ${sentence(random)}\n`);
  body.add(`logsource:\n    product: ${word(random)}\ndetection:\n    selection:\n`);
  while (body.length < bytes - 40) body.add(`        - '${word(random)} ${word(random)}'\n`);
  body.add("    condition: selection\n```\n");
  return body;
}

function testBody(
  planned: PlannedNote,
  random: Random,
  bytes: number,
  profile: VaultProfile,
): Body {
  const body = new Body();
  const tests = Math.max(1, Math.round(quantileAt(profile.test.testsPerNote, random.next())));
  body.heading(1, `${planned.techniqueId ?? ""} - ${planned.name}`);
  for (let n = 1; n <= tests; n++) {
    body.heading(2, `Atomic Test #${n} - ${title(random)}`);
    body.add(prose(random, Math.max(80, bytes / tests - 300)) + "\n\n");
    body.add(`**Supported Platforms:** ${random.fromHistogram(profile.test.platforms)}\n\n`);
    const executor = random.fromHistogram(profile.test.executors);
    body.heading(4, `Attack Commands: Run with \`${executor}\`!`);
    body.add(`\`\`\`${executor}\n${word(random)} -${word(random)} ${word(random)}\n\`\`\`\n\n`);
  }
  return body;
}
