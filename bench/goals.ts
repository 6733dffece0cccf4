/** The speed goals, checked against the figures of one run. */
import { bytes, duration } from "./format";
import type { Stats } from "./measure";
import type { TimedRow } from "./rows";
import type { UpdateStats } from "./suites/update";

/** One goal: what was measured, whether it is met, and if not, why and what comes next. */
export interface Goal {
  readonly name: string;
  readonly measured: string;
  readonly met: boolean;
  readonly whyMissed: string;
  readonly nextStep: string;
}

/** The figures of one vault that goals are checked against. */
export interface VaultFigures {
  readonly label: string;
  readonly build: TimedRow;
  readonly load: TimedRow;
  readonly query: TimedRow;
  readonly updates: UpdateStats;
  /** The smallest vault's update figures, measured in rounds alternating with these. */
  readonly updatesAtSmallest: UpdateStats | undefined;
  readonly heapPerNote: number;
  /** The graph of the vault's busiest technique, when the vault has technique notes. */
  readonly graph?: TimedRow;
}

/** What the goals need: the largest and smallest generated vaults and the plugin figures. */
export interface GoalInput {
  readonly largest: VaultFigures;
  readonly smallest: VaultFigures;
  readonly onload: Stats;
  readonly mainJsBytes: number;
}

function times(row: TimedRow): number {
  return (row.ours?.median ?? NaN) / (row.baseline?.median ?? NaN);
}

/** Every goal, in the order the document lists them. */
export function evaluateGoals(
  input: GoalInput,
  reasons: Readonly<Record<string, [string, string]>>,
): Goal[] {
  const { largest, smallest } = input;
  const query = largest.query.ours?.median ?? NaN;
  const speedup = 1 / times(largest.query);
  const updateRatios = (["change", "rename", "delete"] as const).map(
    (op) =>
      [
        op,
        largest.updates[op].median / (largest.updatesAtSmallest ?? smallest.updates)[op].median,
      ] as const,
  );
  const worstUpdate = Math.max(...updateRatios.map(([, r]) => r));
  const goal = (id: string, name: string, measured: string, met: boolean): Goal => ({
    name,
    measured,
    met,
    whyMissed: reasons[id]?.[0] ?? "",
    nextStep: reasons[id]?.[1] ?? "",
  });
  return [
    goal(
      "query",
      `Indexed query ≥100× faster than a full scan and under 1 ms (${largest.label})`,
      `${duration(query)} per query, ${speedup.toFixed(0)}× faster`,
      speedup >= 100 && query < 1,
    ),
    goal(
      "build",
      `Index build within 3× its floor (${largest.label})`,
      `${times(largest.build).toFixed(2)}× the floor`,
      times(largest.build) <= 3,
    ),
    goal(
      "load",
      `Headless load within 3× its floor (${largest.label})`,
      `${times(largest.load).toFixed(2)}× the floor`,
      times(largest.load) <= 3,
    ),
    goal(
      "update",
      `Incremental update at ${largest.label} within 1.5× its cost at ${smallest.label}`,
      updateRatios.map(([op, r]) => `${op} ${r.toFixed(2)}×`).join(", "),
      worstUpdate <= 1.5,
    ),
    goal(
      "graph",
      `Graph of the busiest technique under a frame, 16.7 ms (${largest.label})`,
      largest.graph?.ours ? duration(largest.graph.ours.median) : "not measured",
      (largest.graph?.ours?.median ?? Infinity) < 1000 / 60,
    ),
    goal(
      "onload",
      "Plugin onload under 5 ms",
      duration(input.onload.median),
      input.onload.median < 5,
    ),
    goal(
      "size",
      "main.js under 150 KB minified (catalogue included)",
      bytes(input.mainJsBytes),
      input.mainJsBytes < 150 * 1024,
    ),
    goal(
      "heap",
      `Index under 1 KB of heap per note (${largest.label})`,
      bytes(largest.heapPerNote),
      largest.heapPerNote < 1024,
    ),
  ];
}
