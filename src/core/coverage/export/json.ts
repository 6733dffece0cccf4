import type { CoverageModel } from "../model";
import { countsFor } from "../summary";
import { countingLabel } from "./labels";

/**
 * The model as plain JSON: options, summary (overall and per tactic), the visible
 * techniques with their counts and rule and test paths, the matrix layout and the gaps.
 */
export function coverageJson(model: CoverageModel): unknown {
  const rollUp = model.options.rollUp;
  return {
    attackVersion: model.attackVersion,
    options: model.options,
    counted: countingLabel(rollUp),
    summary: {
      overall: model.summary.overall,
      byTactic: Object.fromEntries(model.summary.byTactic),
    },
    techniques: model.visible.flatMap((id) => {
      const row = model.rows.get(id);
      if (!row) return [];
      const { exact: _exact, rolled: _rolled, rolledRules, rolledTests, ...fields } = row;
      const paths = rollUp ? { rules: rolledRules, tests: rolledTests } : {};
      return [{ ...fields, ...paths, counts: countsFor(row, rollUp) }];
    }),
    matrix: {
      columns: model.columns.map((c) => ({ tactic: c.tactic.shortname, entries: c.entries })),
      unplaced: model.unplaced,
    },
    gaps: model.gaps,
  };
}
