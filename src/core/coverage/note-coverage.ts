import { compareTechniqueIds } from "../attack/ids";
import { blockResults, type BlockResults } from "../blocks/block-results";
import type { VaultIndex } from "../index/vault-index";
import type { NoteRecord } from "../notes/note";
import { parseQuery } from "../query/parser";

/** What a technique note's own query blocks find. */
export interface NoteCoverage {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly tactics: readonly string[];
  /** Rules and tests the note's blocks match directly. */
  readonly rules: number;
  readonly tests: number;
  /** The same, with what the blocks find through sub-techniques added. */
  readonly rulesWithSubtechniques: number;
  readonly testsWithSubtechniques: number;
  /** Blocks that could not be read, with the reason. */
  readonly brokenBlocks: string[];
}

/** Coverage of every technique note, sorted by identifier then path. */
export function coverageOfTechniqueNotes(index: VaultIndex): NoteCoverage[] {
  const rows: NoteCoverage[] = [];
  for (const path of index.pathsOfKind("technique")) {
    const note = index.getNote(path);
    if (note?.technique) rows.push(noteCoverage(note, index));
  }
  return rows.sort((a, b) => compareTechniqueIds(a.id, b.id) || (a.path < b.path ? -1 : 1));
}

function noteCoverage(note: NoteRecord, index: VaultIndex): NoteCoverage {
  const direct = { rules: new Set<string>(), tests: new Set<string>() };
  const rolled = { rules: new Set<string>(), tests: new Set<string>() };
  const brokenBlocks: string[] = [];
  for (const text of note.queryBlocks ?? []) {
    const parsed = parseQuery(text);
    if (!parsed.ok) {
      brokenBlocks.push(parsed.error.message);
      continue;
    }
    const results = blockResults(parsed.query, index);
    addResults(results, direct, rolled);
  }
  return {
    id: note.technique?.id ?? "",
    name: note.technique?.name ?? note.title,
    path: note.path,
    tactics: note.technique?.tactics ?? [],
    rules: direct.rules.size,
    tests: direct.tests.size,
    rulesWithSubtechniques: rolled.rules.size,
    testsWithSubtechniques: rolled.tests.size,
    brokenBlocks,
  };
}

interface KindSets {
  readonly rules: Set<string>;
  readonly tests: Set<string>;
}

function addResults(results: BlockResults, direct: KindSets, rolled: KindSets): void {
  const fromSubs = results.fromSubtechniques.flatMap((group) => group.notes);
  for (const note of results.matches) addByKind(note, direct);
  for (const note of [...results.matches, ...fromSubs]) addByKind(note, rolled);
}

function addByKind(note: NoteRecord, sets: KindSets): void {
  if (note.kind === "rule") sets.rules.add(note.path);
  if (note.kind === "test") sets.tests.add(note.path);
}
