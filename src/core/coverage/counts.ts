import type { Evidence } from "./evidence";
import { coverageState, emptyLevels, LEVEL_WEIGHTS, type CoverageCounts } from "./measure";

/** Counts for a set of rule and test paths, reading levels and atomic tests from `evidence`. */
export function countsOf(
  rules: readonly string[],
  tests: readonly string[],
  evidence: Evidence,
): CoverageCounts {
  const rulesByLevel = emptyLevels();
  let weightedRules = 0;
  for (const path of rules) {
    const level = evidence.rules.get(path)?.level ?? "other";
    rulesByLevel[level]++;
    weightedRules += LEVEL_WEIGHTS[level];
  }
  let atomicTests = 0;
  for (const path of tests) atomicTests += evidence.tests.get(path)?.atomicTests ?? 0;
  return {
    rules: rules.length,
    weightedRules,
    rulesByLevel,
    testNotes: tests.length,
    atomicTests,
    state: coverageState(rules.length, tests.length),
  };
}
