import type { Catalogue, CatalogueTechnique } from "../attack/catalogue";
import { techniqueUrl } from "../attack/ids";
import type { VaultIndex } from "../index/vault-index";
import type { NoteRecord } from "../notes/note";

/** How many rules and how many tests a preview lists by name. */
export const PREVIEW_LIST_LENGTH = 5;

/** Sigma levels from most to least severe; other levels follow in alphabetical order. */
export const RULE_LEVELS = ["critical", "high", "medium", "low", "informational"] as const;

/** The level a rule without one is counted under. */
export const NO_LEVEL = "";

/** What ATT&CK says of the identifier, with a revoked technique's successor. */
export type PreviewStatus =
  | { readonly state: "active" }
  | {
      readonly state: "revoked";
      readonly successor?: { readonly id: string; readonly name: string };
    }
  | { readonly state: "deprecated" }
  | { readonly state: "unknown" };

/** A note a preview lists by name. */
export interface PreviewItem {
  readonly path: string;
  readonly title: string;
  /** A rule's level, lower case; empty when the rule has none. */
  readonly level?: string;
  /** A test note's number of atomic tests. */
  readonly atomicTests?: number;
}

export interface LevelCount {
  readonly level: string;
  readonly count: number;
}

/** Rules and tests that carry a sub-technique's tag but not this technique's. */
export interface SubtechniqueCounts {
  readonly subtechniques: number;
  readonly rules: number;
  readonly testNotes: number;
}

/** Everything a technique preview shows, answered from the index alone. */
export interface TechniquePreview {
  /** Canonical dotted identifier. */
  readonly id: string;
  /** The catalogue's name, else the local note's, else empty. */
  readonly name: string;
  readonly status: PreviewStatus;
  /** Tactic names in matrix order. */
  readonly tactics: readonly string[];
  readonly platforms: readonly string[];
  readonly rules: {
    readonly total: number;
    /** Levels that have rules, most severe first. */
    readonly byLevel: readonly LevelCount[];
    readonly first: readonly PreviewItem[];
  };
  readonly tests: {
    readonly notes: number;
    readonly atomicTests: number;
    readonly first: readonly PreviewItem[];
  };
  /** Only for a parent technique whose sub-techniques have rules or tests of their own. */
  readonly fromSubtechniques?: SubtechniqueCounts;
  /** Path of the vault's own note for this technique, if it has one. */
  readonly localNote?: string;
  /** The technique's page on attack.mitre.org. */
  readonly url: string;
  /** The ATT&CK version the status and names come from. */
  readonly attackVersion: string;
}

/** What the preview needs of the catalogue. */
export type PreviewCatalogue = Pick<Catalogue, "status" | "tactic" | "attackVersion">;

/** What the preview needs of the index. */
export type PreviewIndex = Pick<VaultIndex, "pathsWithTag" | "getNote" | "subtechniquesOf">;

/**
 * The preview of a technique: catalogue facts plus the vault's rules, tests and note for
 * it. Reads only the notes tagged with the identifier (and its sub-techniques' counts),
 * never the whole vault.
 */
export function techniquePreview(
  id: string,
  index: PreviewIndex,
  catalogue: PreviewCatalogue,
): TechniquePreview {
  const tagged = notesTagged(id, index);
  const rules = tagged.filter((note) => note.kind === "rule");
  const tests = tagged.filter((note) => note.kind === "test");
  const localNote = localTechniqueNote(id, tagged);
  const known = catalogue.status(id);
  const technique = known.state === "active" ? known.technique : undefined;
  const fromSubtechniques = subtechniqueCounts(id, index);
  return {
    id,
    name: technique?.name ?? localNote?.technique?.name ?? "",
    status: previewStatus(known),
    tactics: technique
      ? tacticNames(technique, catalogue)
      : [...(localNote?.technique?.tactics ?? [])],
    platforms: [...(technique?.platforms ?? localNote?.technique?.platforms ?? [])],
    rules: { total: rules.length, byLevel: levelCounts(rules), first: firstRules(rules) },
    tests: { notes: tests.length, atomicTests: atomicTestCount(tests), first: firstTests(tests) },
    ...(fromSubtechniques ? { fromSubtechniques } : {}),
    ...(localNote ? { localNote: localNote.path } : {}),
    url: techniqueUrl(id),
    attackVersion: catalogue.attackVersion,
  };
}

function notesTagged(
  id: string,
  index: Pick<VaultIndex, "pathsWithTag" | "getNote">,
): NoteRecord[] {
  const notes: NoteRecord[] = [];
  for (const path of index.pathsWithTag(id)) {
    const note = index.getNote(path);
    if (note) notes.push(note);
  }
  return notes;
}

/** Path of the vault's own note for technique `id`, if it has one; reads only notes tagged `id`. */
export function localTechniqueNotePath(
  id: string,
  index: Pick<VaultIndex, "pathsWithTag" | "getNote">,
): string | undefined {
  return localTechniqueNote(id, notesTagged(id, index))?.path;
}

/** The technique note whose own identifier is `id`; the first by path when there are several. */
function localTechniqueNote(id: string, tagged: readonly NoteRecord[]): NoteRecord | undefined {
  const own = tagged.filter((note) => note.kind === "technique" && note.technique?.id === id);
  return own.sort(byPath)[0];
}

function previewStatus(status: ReturnType<PreviewCatalogue["status"]>): PreviewStatus {
  if (status.state !== "revoked") return { state: status.state };
  const successor = status.successor;
  return successor
    ? { state: "revoked", successor: { id: successor.id, name: successor.name } }
    : { state: "revoked" };
}

function tacticNames(technique: CatalogueTechnique, catalogue: PreviewCatalogue): string[] {
  return technique.tactics.map((shortname) => catalogue.tactic(shortname)?.name ?? shortname);
}

/** Rank of a level in severity order; unknown levels after the known ones, no level last. */
function levelRank(level: string): number {
  if (level === NO_LEVEL) return RULE_LEVELS.length + 1;
  const rank = (RULE_LEVELS as readonly string[]).indexOf(level);
  return rank === -1 ? RULE_LEVELS.length : rank;
}

function compareLevels(a: string, b: string): number {
  return levelRank(a) - levelRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function levelOf(note: NoteRecord): string {
  return note.rule?.level ?? NO_LEVEL;
}

function levelCounts(rules: readonly NoteRecord[]): LevelCount[] {
  const counts = new Map<string, number>();
  for (const rule of rules) counts.set(levelOf(rule), (counts.get(levelOf(rule)) ?? 0) + 1);
  return [...counts.keys()]
    .sort(compareLevels)
    .map((level) => ({ level, count: counts.get(level) ?? 0 }));
}

function byTitle(a: NoteRecord, b: NoteRecord): number {
  return a.title.localeCompare(b.title) || byPath(a, b);
}

function byPath(a: NoteRecord, b: NoteRecord): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function firstRules(rules: readonly NoteRecord[]): PreviewItem[] {
  const sorted = [...rules].sort((a, b) => compareLevels(levelOf(a), levelOf(b)) || byTitle(a, b));
  return sorted.slice(0, PREVIEW_LIST_LENGTH).map((note) => ({
    path: note.path,
    title: note.title,
    level: levelOf(note),
  }));
}

function firstTests(tests: readonly NoteRecord[]): PreviewItem[] {
  return [...tests]
    .sort(byTitle)
    .slice(0, PREVIEW_LIST_LENGTH)
    .map((note) => ({
      path: note.path,
      title: note.title,
      atomicTests: note.test?.testCount ?? 0,
    }));
}

function atomicTestCount(tests: readonly NoteRecord[]): number {
  return tests.reduce((sum, note) => sum + (note.test?.testCount ?? 0), 0);
}

/** What sub-techniques add, counted once per note, leaving out notes that carry `id` too. */
function subtechniqueCounts(id: string, index: PreviewIndex): SubtechniqueCounts | undefined {
  const subtechniques = index.subtechniquesOf(id);
  if (subtechniques.length === 0) return undefined;
  const direct = index.pathsWithTag(id);
  const rules = new Set<string>();
  const tests = new Set<string>();
  for (const sub of subtechniques) {
    for (const path of index.pathsWithTag(sub)) {
      if (direct.has(path)) continue;
      const kind = index.getNote(path)?.kind;
      if (kind === "rule") rules.add(path);
      if (kind === "test") tests.add(path);
    }
  }
  if (rules.size + tests.size === 0) return undefined;
  return { subtechniques: subtechniques.length, rules: rules.size, testNotes: tests.size };
}
