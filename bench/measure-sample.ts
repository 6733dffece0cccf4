/**
 * Measures the real vault (`../shared/vault-sample`) and writes `bench/sample-profile.json`,
 * the figures the vault generator follows. Only counts and sizes leave the sample: no text.
 *   node bench/run.mjs bench/measure-sample.ts [vault folder]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import prettier from "prettier";
import { parentTechniqueId } from "../src/core/attack/ids";
import { buildNote } from "../src/core/notes/build-note";
import { DEFAULT_KIND_TAGS } from "../src/core/notes/kinds";
import type { NoteKind, NoteRecord } from "../src/core/notes/note";
import { listMarkdownFiles } from "../src/headless/load-vault";
import { decodeText, parseNoteText } from "../src/headless/parse-file";
import {
  histogramOf,
  quantilesOf,
  round4,
  shareOf,
  type FrontmatterShape,
  type KindProfile,
  type RuleProfile,
  type TechniqueProfile,
  type TestProfile,
  type VaultProfile,
} from "./profile";

/** What one sample note contributes to the profile. */
export interface SampleNote {
  readonly note: NoteRecord;
  readonly frontmatterKeys: string[];
  readonly rawTags: unknown;
  readonly inlineTags: number;
  readonly headings: number;
  readonly bodyLinks: number;
  readonly bodyBytes: number;
}

export const SAMPLE_VAULT = "../shared/vault-sample";
const PROFILE_FILE = "bench/sample-profile.json";

/** Reads every note of a vault folder with the headless parser. */
export function readSample(root: string): SampleNote[] {
  return listMarkdownFiles(root).map((path) =>
    sampleNote(path, decodeText(readFileSync(join(root, path)), [])),
  );
}

/** What one file's text contributes to a profile. */
export function sampleNote(path: string, text: string): SampleNote {
  const source = parseNoteText(path, text).source;
  const frontmatter = (source.frontmatter ?? {}) as Record<string, unknown>;
  return {
    note: buildNote(source, DEFAULT_KIND_TAGS).note,
    frontmatterKeys: Object.keys(frontmatter),
    rawTags: frontmatter.tags,
    inlineTags: source.inlineTags.length,
    headings: source.headings.length,
    bodyLinks: source.links.length,
    bodyBytes: Buffer.byteLength(source.body ?? ""),
  };
}

/** The profile of a read vault. */
export function profileOf(source: string, notes: readonly SampleNote[]): VaultProfile {
  const of = (kind: NoteKind) => notes.filter((n) => n.note.kind === kind);
  const [techniques, rules, tests] = [of("technique"), of("rule"), of("test")];
  return {
    source,
    notes: notes.length,
    kindShares: {
      technique: shareOf(notes, (n) => n.note.kind === "technique"),
      rule: shareOf(notes, (n) => n.note.kind === "rule"),
      test: shareOf(notes, (n) => n.note.kind === "test"),
      other: shareOf(notes, (n) => n.note.kind === "other"),
    },
    technique: techniqueProfile(techniques, rules, tests),
    rule: ruleProfile(rules),
    test: testProfile(tests),
    other: kindProfile(of("other")),
  };
}

function kindProfile(notes: readonly SampleNote[]): KindProfile {
  return {
    count: notes.length,
    tagsPerNote: histogramOf(notes.map((n) => n.note.tags.length)),
    inlineTagsPerNote: histogramOf(notes.map((n) => n.inlineTags)),
    headingsPerNote: quantilesOf(notes.map((n) => n.headings)),
    bodyLinksPerNote: histogramOf(notes.map((n) => n.bodyLinks)),
    frontmatterShapes: shapesOf(notes),
    bodyBytes: quantilesOf(notes.map((n) => n.bodyBytes)),
    subtechniqueShare: shareOf(notes, (n) => n.note.techniques.some(isSubtechnique)),
    noTechniqueShare: shareOf(notes, (n) => n.note.techniques.length === 0),
    techniqueTagsPerNote: histogramOf(notes.map((n) => n.note.techniques.length)),
  };
}

/** The five most common frontmatter layouts; rarer ones are folded into the first. */
function shapesOf(notes: readonly SampleNote[]): FrontmatterShape[] {
  const counts = new Map<string, number>();
  for (const n of notes) {
    const key = JSON.stringify(n.frontmatterKeys);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const covered = top.reduce((sum, [, count]) => sum + count, 0);
  return top.map(([keys, count], i) => ({
    keys: JSON.parse(keys) as string[],
    share: round4((count + (i === 0 ? notes.length - covered : 0)) / notes.length),
  }));
}

function isSubtechnique(id: string): boolean {
  return parentTechniqueId(id) !== undefined;
}

function techniqueProfile(
  techniques: readonly SampleNote[],
  rules: readonly SampleNote[],
  tests: readonly SampleNote[],
): TechniqueProfile {
  const [ruleCounts, testCounts] = [countsById(rules), countsById(tests)];
  const ids = techniques.map((n) => n.note.technique?.id ?? "");
  const subs = ids.filter(isSubtechnique);
  const parents = ids.filter((id) => !isSubtechnique(id));
  return {
    ...kindProfile(techniques),
    subtechniqueShare: shareOf(ids, isSubtechnique),
    queryBlocksPerNote: histogramOf(techniques.map((n) => n.note.queryBlocks?.length ?? 0)),
    tacticsPerNote: histogramOf(techniques.map((n) => n.note.technique?.tactics.length ?? 0)),
    rulesPerParent: quantilesOf(parents.map((id) => ruleCounts.get(id) ?? 0)),
    rulesPerSubtechnique: quantilesOf(subs.map((id) => ruleCounts.get(id) ?? 0)),
    withTestNoteShare: shareOf(ids, (id) => (testCounts.get(id) ?? 0) > 0),
  };
}

function countsById(notes: readonly SampleNote[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of notes)
    for (const id of n.note.techniques) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function ruleProfile(rules: readonly SampleNote[]): RuleProfile {
  const fields = rules.map((n) => n.note.rule);
  return {
    ...kindProfile(rules),
    subtechniqueWithoutParentShare: shareOf(rules, (n) => hasOrphanSubtechnique(n.note)),
    brokenTagsShare: shareOf(rules, (n) => Array.isArray(n.rawTags) && n.rawTags.some(isEmpty)),
    tacticTagsPerNote: histogramOf(rules.map((n) => tacticTagCount(n.note))),
    levels: histogramOf(fields.map((f) => f?.level ?? "")),
    statuses: histogramOf(fields.map((f) => f?.status ?? "")),
    distinctProducts: new Set(fields.map((f) => f?.product ?? "")).size,
  };
}

function hasOrphanSubtechnique(note: NoteRecord): boolean {
  const ids = new Set(note.techniques);
  return note.techniques.some((id) => {
    const parent = parentTechniqueId(id);
    return parent !== undefined && !ids.has(parent);
  });
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Tags that are neither a technique nor the kind tag: the rule's tactics. */
function tacticTagCount(note: NoteRecord): number {
  return note.tags.length - note.techniques.length - 1;
}

function testProfile(tests: readonly SampleNote[]): TestProfile {
  const fields = tests.map((n) => n.note.test);
  return {
    ...kindProfile(tests),
    testsPerNote: quantilesOf(fields.map((f) => f?.testCount ?? 0)),
    platforms: histogramOf(fields.flatMap((f) => f?.platforms ?? [])),
    executors: histogramOf(fields.flatMap((f) => f?.executors ?? [])),
  };
}

/** Entry point for `bench/run.mjs`. */
export async function main(args: readonly string[]): Promise<number> {
  const root = args[0] ?? SAMPLE_VAULT;
  const profile = profileOf("vault-sample", readSample(root));
  const json = await prettier.format(JSON.stringify(profile), { parser: "json", printWidth: 100 });
  writeFileSync(PROFILE_FILE, json);
  process.stdout.write(summary(profile));
  return 0;
}

function summary(p: VaultProfile): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  const q = (values: number[]): string =>
    `p10 ${values[2]} · p50 ${values[10]} · p90 ${values[18]} · p99 ${values[20]} · max ${values[22]}`;
  return [
    `${p.source}: ${p.notes} notes, written to ${PROFILE_FILE}`,
    `kinds: technique ${pct(p.kindShares.technique)}, rule ${pct(p.kindShares.rule)}, ` +
      `test ${pct(p.kindShares.test)}, other ${pct(p.kindShares.other)}`,
    `sub-technique share: technique notes ${pct(p.technique.subtechniqueShare)}, ` +
      `rules ${pct(p.rule.subtechniqueShare)}, tests ${pct(p.test.subtechniqueShare)}`,
    `rules tagging a sub-technique without its parent: ${pct(p.rule.subtechniqueWithoutParentShare)}`,
    `rules without a technique tag: ${pct(p.rule.noTechniqueShare)}; ` +
      `broken tags lists: ${pct(p.rule.brokenTagsShare)}`,
    `tags per note: technique ${JSON.stringify(p.technique.tagsPerNote)}`,
    `               rule ${JSON.stringify(p.rule.tagsPerNote)}`,
    `               test ${JSON.stringify(p.test.tagsPerNote)}`,
    `frontmatter keys: technique ${p.technique.frontmatterShapes[0]?.keys.join(", ")}`,
    `                  rule ${p.rule.frontmatterShapes[0]?.keys.join(", ")}`,
    `                  test ${p.test.frontmatterShapes[0]?.keys.join(", ")}`,
    `body bytes: technique ${q(p.technique.bodyBytes)}`,
    `            rule ${q(p.rule.bodyBytes)}`,
    `            test ${q(p.test.bodyBytes)}`,
    `rules per parent technique note: ${q(p.technique.rulesPerParent)}`,
    `rules per sub-technique note: ${q(p.technique.rulesPerSubtechnique)}`,
    "",
  ].join("\n");
}
