import type { CoverageCounts } from "./measure";
import type { MatrixColumn, MatrixEntry } from "./matrix";
import type { TechniqueRow } from "./rows";

/** How many techniques have at least one rule, one test, both, out of all shown. */
export interface SummaryFigures {
  readonly techniques: number;
  readonly withRule: number;
  readonly withTest: number;
  readonly withBoth: number;
}

/** Figures for the whole matrix and for each tactic column. */
export interface CoverageSummary {
  readonly overall: SummaryFigures;
  /** Keyed by tactic shortname, in matrix order. */
  readonly byTactic: ReadonlyMap<string, SummaryFigures>;
}

/** The counts a row shows under the roll-up choice. */
export function countsFor(row: TechniqueRow, rollUp: boolean): CoverageCounts {
  return rollUp ? row.rolled : row.exact;
}

/** Summary figures over the visible rows; a technique under several tactics counts once overall. */
export function summarise(
  rows: ReadonlyMap<string, TechniqueRow>,
  columns: readonly MatrixColumn[],
  visible: readonly string[],
  rollUp: boolean,
): CoverageSummary {
  const byTactic = new Map<string, SummaryFigures>();
  for (const column of columns) {
    byTactic.set(column.tactic.shortname, figures(rows, idsOf(column.entries), rollUp));
  }
  return { overall: figures(rows, visible, rollUp), byTactic };
}

function idsOf(entries: readonly MatrixEntry[]): string[] {
  return entries.flatMap((e) => (e.matches ? [e.id, ...e.subtechniques] : [...e.subtechniques]));
}

function figures(
  rows: ReadonlyMap<string, TechniqueRow>,
  ids: readonly string[],
  rollUp: boolean,
): SummaryFigures {
  let withRule = 0;
  let withTest = 0;
  let withBoth = 0;
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) continue;
    const counts = countsFor(row, rollUp);
    if (counts.rules > 0) withRule++;
    if (counts.testNotes > 0) withTest++;
    if (counts.rules > 0 && counts.testNotes > 0) withBoth++;
  }
  return { techniques: ids.length, withRule, withTest, withBoth };
}
