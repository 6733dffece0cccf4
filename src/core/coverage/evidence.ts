import type { VaultIndex } from "../index/vault-index";
import type { NoteRecord } from "../notes/note";
import { levelBucket, type LevelBucket } from "./measure";
import { listFilter, platformFilter, type CoverageOptions } from "./options";

/** What the coverage model keeps of a detection rule note. */
export interface RuleInfo {
  readonly path: string;
  readonly title: string;
  readonly level: LevelBucket;
  readonly status: string;
}

/** What the coverage model keeps of a test note. */
export interface TestInfo {
  readonly path: string;
  readonly title: string;
  readonly atomicTests: number;
  readonly platforms: readonly string[];
}

/** Rule and test paths carried by one identifier. */
export interface Carried {
  readonly rules: Set<string>;
  readonly tests: Set<string>;
}

/** The rules and tests that count under the options, keyed by the identifiers they carry. */
export interface Evidence {
  /**
   * Canonical identifiers as the notes' tags spell them, before revoked identifiers are
   * followed: what a query block `tag: detection_rule` + `tag: T1590` finds for `T1590`.
   */
  readonly byIdentifier: Map<string, Carried>;
  readonly rules: Map<string, RuleInfo>;
  readonly tests: Map<string, TestInfo>;
  /** Counted rules that carry no technique tag, sorted by path. */
  readonly unmappedRules: string[];
}

/** The status a rule is filtered and listed by; "none" when the note names none. */
export function ruleStatus(note: NoteRecord): string {
  return note.rule?.status.trim().toLowerCase() || "none";
}

/** Reads every rule and test note that the options let count. */
export function collectEvidence(index: VaultIndex, options: CoverageOptions): Evidence {
  const evidence: Evidence = {
    byIdentifier: new Map(),
    rules: new Map(),
    tests: new Map(),
    unmappedRules: [],
  };
  addRules(index, options, evidence);
  addTests(index, options, evidence);
  evidence.unmappedRules.sort();
  return evidence;
}

function addRules(index: VaultIndex, options: CoverageOptions, evidence: Evidence): void {
  const levelOk = listFilter(options.levels);
  const statusOk = listFilter(options.statuses);
  for (const path of index.pathsOfKind("rule")) {
    const note = index.getNote(path);
    if (!note) continue;
    const info = ruleInfo(note);
    if (!levelOk(info.level) || !statusOk(info.status)) continue;
    evidence.rules.set(path, info);
    if (note.techniques.length === 0) evidence.unmappedRules.push(path);
    for (const id of note.techniques) carried(evidence, id).rules.add(path);
  }
}

function addTests(index: VaultIndex, options: CoverageOptions, evidence: Evidence): void {
  const platformOk = platformFilter(options.platforms);
  for (const path of index.pathsOfKind("test")) {
    const note = index.getNote(path);
    if (!note) continue;
    const info = testInfo(note);
    if (!platformOk(info.platforms)) continue;
    evidence.tests.set(path, info);
    for (const id of note.techniques) carried(evidence, id).tests.add(path);
  }
}

function ruleInfo(note: NoteRecord): RuleInfo {
  return {
    path: note.path,
    title: note.title,
    level: levelBucket(note.rule?.level ?? ""),
    status: ruleStatus(note),
  };
}

function testInfo(note: NoteRecord): TestInfo {
  return {
    path: note.path,
    title: note.title,
    atomicTests: note.test?.testCount ?? 0,
    platforms: note.test?.platforms ?? [],
  };
}

function carried(evidence: Evidence, id: string): Carried {
  let entry = evidence.byIdentifier.get(id);
  if (!entry) {
    entry = { rules: new Set(), tests: new Set() };
    evidence.byIdentifier.set(id, entry);
  }
  return entry;
}
