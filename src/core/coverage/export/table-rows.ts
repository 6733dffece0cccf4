import { RULE_LEVELS } from "../measure";
import type { CoverageModel } from "../model";
import { countsFor } from "../summary";
import { countingLabel, STATE_LABELS } from "./labels";

/** One technique as a flat row, shared by the CSV and Markdown exports. */
export interface FlatRow {
  readonly id: string;
  readonly name: string;
  readonly parent: string;
  readonly tactics: string;
  readonly platforms: string;
  readonly catalogueState: string;
  readonly coverage: string;
  readonly rules: number;
  readonly weightedRules: number;
  readonly levels: readonly number[];
  readonly testNotes: number;
  readonly atomicTests: number;
  readonly counted: string;
}

/** Column titles in the order `flatCells` gives them. */
export const FLAT_HEADER = [
  "Technique",
  "Name",
  "Parent",
  "Tactics",
  "Platforms",
  "Catalogue state",
  "Coverage",
  "Rules",
  "Weighted rules",
  ...RULE_LEVELS.map((level) => `Rules (${level})`),
  "Rules (other level)",
  "Test notes",
  "Atomic tests",
  "Counted",
];

/** The visible techniques of the model, sorted by identifier. */
export function flatRows(model: CoverageModel): FlatRow[] {
  const counted = countingLabel(model.options.rollUp);
  return model.visible.flatMap((id) => {
    const row = model.rows.get(id);
    if (!row) return [];
    const counts = countsFor(row, model.options.rollUp);
    return [
      {
        id,
        name: row.name,
        parent: row.parent ?? "",
        tactics: row.tactics.join(", "),
        platforms: row.platforms.join(", "),
        catalogueState: row.state,
        coverage: STATE_LABELS[counts.state],
        rules: counts.rules,
        weightedRules: counts.weightedRules,
        levels: [...RULE_LEVELS.map((l) => counts.rulesByLevel[l]), counts.rulesByLevel.other],
        testNotes: counts.testNotes,
        atomicTests: counts.atomicTests,
        counted,
      },
    ];
  });
}

/** A flat row's cells as text, in `FLAT_HEADER` order. */
export function flatCells(row: FlatRow): string[] {
  const numbers = [row.rules, row.weightedRules, ...row.levels, row.testNotes, row.atomicTests];
  const text = [
    row.id,
    row.name,
    row.parent,
    row.tactics,
    row.platforms,
    row.catalogueState,
    row.coverage,
  ];
  return [...text, ...numbers.map(String), row.counted];
}
