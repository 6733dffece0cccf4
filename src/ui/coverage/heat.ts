import { measureValue, type CoverageCounts, type Measure } from "../../core/coverage/measure";
import type { CoverageModel } from "../../core/coverage/model";
import { countsFor } from "../../core/coverage/summary";

/** Number of colour steps for counted measures; styles.css defines one class per step. */
export const HEAT_STEPS = 5;

/** The largest value any visible technique has under the measure (at least 1). */
export function maxValue(model: CoverageModel, measure: Measure): number {
  let max = 1;
  for (const id of model.visible) {
    const row = model.rows.get(id);
    if (row) max = Math.max(max, measureValue(countsFor(row, model.options.rollUp), measure));
  }
  return max;
}

/**
 * The step (1 to HEAT_STEPS) a value falls in, or 0 for none. Steps are even on a log
 * scale: rule counts are skewed (a few techniques have a hundred rules, most a handful),
 * and an even scale would paint nearly every covered cell in the first step.
 */
export function heatStep(value: number, max: number): number {
  if (value <= 0) return 0;
  const share = Math.log1p(value) / Math.log1p(Math.max(1, max));
  return Math.min(HEAT_STEPS, Math.max(1, Math.ceil(HEAT_STEPS * share - 1e-9)));
}

/** The CSS class that colours a cell: a heat step, or the coverage state. */
export function cellClass(counts: CoverageCounts, measure: Measure, max: number): string {
  if (measure === "state") return `attack-lens-coverage-state-${counts.state}`;
  return `attack-lens-coverage-heat-${heatStep(measureValue(counts, measure), max)}`;
}

/** The steps some whole value falls in, each with the highest such value, for the legend. */
export function legendSteps(max: number): { step: number; upTo: number }[] {
  const steps: { step: number; upTo: number }[] = [];
  for (let step = 1; step <= HEAT_STEPS; step++) {
    let upTo = Math.floor(Math.expm1((step / HEAT_STEPS) * Math.log1p(Math.max(1, max))) + 1e-9);
    while (upTo >= 1 && heatStep(upTo, max) > step) upTo--;
    if (upTo >= 1 && heatStep(upTo, max) === step) steps.push({ step, upTo });
  }
  return steps;
}
