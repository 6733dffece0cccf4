import type { Tactic } from "../attack/catalogue";
import { listFilter, platformFilter, searchMatcher, type CoverageOptions } from "./options";
import type { TechniqueRow } from "./rows";

/** A technique in a tactic column, with the sub-techniques shown under it there. */
export interface MatrixEntry {
  readonly id: string;
  /** Whether the technique itself passes the filters (else it is shown for its sub-techniques). */
  readonly matches: boolean;
  readonly subtechniques: readonly string[];
}

/** One tactic column, techniques sorted by name as ATT&CK's own matrix shows them. */
export interface MatrixColumn {
  readonly tactic: Tactic;
  readonly entries: readonly MatrixEntry[];
}

/** The matrix laid out: tactic columns, and techniques that no tactic can place. */
export interface MatrixLayout {
  readonly columns: MatrixColumn[];
  readonly unplaced: MatrixEntry[];
  /** Every row shown that passes the filters itself, sorted by identifier. */
  readonly visible: string[];
}

/** Lays the rows out under the tactics the options keep. */
export function layOutMatrix(
  rows: ReadonlyMap<string, TechniqueRow>,
  tactics: readonly Tactic[],
  options: CoverageOptions,
): MatrixLayout {
  const passes = remembered(rowFilter(rows, options));
  // Sorted by name once, so that every column's entries come out in order without a sort each.
  const tops = [...rows.values()]
    .filter((row) => row.parent === undefined)
    .sort((a, b) => byName(rows, a.id, b.id));
  const tacticOk = listFilter(options.tactics);
  const shown = tactics.filter((t) => tacticOk(t.shortname));
  const columns = shown.map((tactic) => ({
    tactic,
    entries: entriesFor(tops, rows, passes, (row) => row.tactics.includes(tactic.shortname)),
  }));
  const unplaced = options.tactics.length > 0 ? [] : entriesFor(tops, rows, passes, isUnplaced);
  return { columns, unplaced, visible: visibleIds([...columns.map((c) => c.entries), unplaced]) };
}

/** The rows the entries show that pass the filters themselves, each once, sorted. */
function visibleIds(groups: readonly (readonly MatrixEntry[])[]): string[] {
  const ids = new Set<string>();
  for (const entry of groups.flat()) {
    if (entry.matches) ids.add(entry.id);
    for (const sub of entry.subtechniques) ids.add(sub);
  }
  return [...ids].sort();
}

function isUnplaced(row: TechniqueRow): boolean {
  return row.tactics.length === 0;
}

/** Whether a row passes the platform and search filters on its own or through its parent. */
function rowFilter(
  rows: ReadonlyMap<string, TechniqueRow>,
  options: CoverageOptions,
): (id: string) => boolean {
  const search = searchMatcher(options.search);
  const platformOk = platformFilter(options.platforms);
  const found = (row: TechniqueRow | undefined): boolean => !!row && search(row.id, row.name);
  return (id) => {
    const row = rows.get(id);
    if (!row || !platformOk(row.platforms)) return false;
    return found(row) || found(row.parent === undefined ? undefined : rows.get(row.parent));
  };
}

function entriesFor(
  tops: readonly TechniqueRow[],
  rows: ReadonlyMap<string, TechniqueRow>,
  passes: (id: string) => boolean,
  inColumn: (row: TechniqueRow) => boolean,
): MatrixEntry[] {
  const entries: MatrixEntry[] = [];
  for (const top of tops) {
    const subs = top.subtechniques.filter((id) => {
      const sub = rows.get(id);
      return !!sub && passes(id) && (inColumn(sub) || (isUnplaced(sub) && inColumn(top)));
    });
    const matches = passes(top.id) && inColumn(top);
    if (matches || subs.length > 0) entries.push({ id: top.id, matches, subtechniques: subs });
  }
  return entries;
}

/** Each row is tested against the filters once, however many columns ask. */
function remembered(test: (id: string) => boolean): (id: string) => boolean {
  const answers = new Map<string, boolean>();
  return (id) => {
    let answer = answers.get(id);
    if (answer === undefined) {
      answer = test(id);
      answers.set(id, answer);
    }
    return answer;
  };
}

const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base" });

function byName(rows: ReadonlyMap<string, TechniqueRow>, a: string, b: string): number {
  const nameA = rows.get(a)?.name ?? a;
  const nameB = rows.get(b)?.name ?? b;
  return NAME_ORDER.compare(nameA, nameB) || (a < b ? -1 : 1);
}
