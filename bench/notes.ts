/** The prose of docs/benchmarks.md that does not come from figures. */

/** Why each goal was missed and what comes next, shown only for goals the run misses. */
export const MISS_REASONS: Readonly<Record<string, [string, string]>> = {
  query: ["", ""],
  build: ["", ""],
  load: ["", ""],
  update: ["", ""],
  onload: ["", ""],
  size: ["", ""],
  heap: ["", ""],
};

/** How each figure is measured. */
export const METHOD_NOTES: string[] = [];
