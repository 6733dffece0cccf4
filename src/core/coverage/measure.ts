/**
 * What a coverage cell measures, and how detection-rule levels weigh. The weights follow
 * Sigma's five levels in order, one point apart, so a critical rule counts five times an
 * informational one; a rule whose level is missing or unrecognised weighs like an
 * informational one (it was written, but nobody rated it).
 */

/** Sigma rule levels, from weakest to strongest. */
export const RULE_LEVELS = ["informational", "low", "medium", "high", "critical"] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** The bucket for rules whose level is missing or not one of Sigma's. */
export const OTHER_LEVEL = "other";
export type LevelBucket = RuleLevel | typeof OTHER_LEVEL;

/** Weight of one rule of each level in the "rules weighted by level" measure. */
export const LEVEL_WEIGHTS: Readonly<Record<LevelBucket, number>> = {
  informational: 1,
  low: 2,
  medium: 3,
  high: 4,
  critical: 5,
  other: 1,
};

/** What colours a cell and scores a Navigator layer. */
export const MEASURES = ["rules", "weightedRules", "tests", "state"] as const;
export type Measure = (typeof MEASURES)[number];

/** Whether a technique has rules, tests, both or neither. */
export type CoverageState = "rules-and-tests" | "rules-only" | "tests-only" | "none";

/** Numeric rank of each state, used as its score: more evidence ranks higher. */
export const STATE_SCORES: Readonly<Record<CoverageState, number>> = {
  none: 0,
  "tests-only": 1,
  "rules-only": 2,
  "rules-and-tests": 3,
};

/** Counts for one technique, exact or rolled up. */
export interface CoverageCounts {
  readonly rules: number;
  readonly weightedRules: number;
  readonly rulesByLevel: Readonly<Record<LevelBucket, number>>;
  /** Test notes that carry the technique. */
  readonly testNotes: number;
  /** Atomic tests inside those notes (`## Atomic Test #N` sections). */
  readonly atomicTests: number;
  readonly state: CoverageState;
}

/** The level bucket of a rule's `level` text. */
export function levelBucket(level: string): LevelBucket {
  const text = level.trim().toLowerCase();
  return (RULE_LEVELS as readonly string[]).includes(text) ? (text as RuleLevel) : OTHER_LEVEL;
}

/** Combined state from the numbers of rules and test notes. */
export function coverageState(rules: number, testNotes: number): CoverageState {
  if (rules > 0) return testNotes > 0 ? "rules-and-tests" : "rules-only";
  return testNotes > 0 ? "tests-only" : "none";
}

/** A cell's value under a measure; zero means not covered by that measure. */
export function measureValue(counts: CoverageCounts, measure: Measure): number {
  if (measure === "rules") return counts.rules;
  if (measure === "weightedRules") return counts.weightedRules;
  if (measure === "tests") return counts.testNotes;
  return STATE_SCORES[counts.state];
}

/** Zero counts for every level bucket. */
export function emptyLevels(): Record<LevelBucket, number> {
  return { informational: 0, low: 0, medium: 0, high: 0, critical: 0, other: 0 };
}
