import type { CoverageState, Measure } from "../measure";

/** Words exported files use for what the model holds; the view has its own in ui/strings. */

export const STATE_LABELS: Readonly<Record<CoverageState, string>> = {
  "rules-and-tests": "Rules and tests",
  "rules-only": "Rules only",
  "tests-only": "Tests only",
  none: "Nothing",
};

export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  rules: "Detection rules",
  weightedRules: "Detection rules weighted by level",
  tests: "Test notes",
  state: "Rules and tests",
};

/** How counts treat sub-techniques, said the same way in every export. */
export function countingLabel(rollUp: boolean): string {
  return rollUp ? "Counts include sub-techniques" : "Exact technique only";
}

/** The ATT&CK major version the Navigator expects (`18` for `18.1`). */
export function attackMajorVersion(version: string): string {
  return version.split(".")[0] ?? version;
}
