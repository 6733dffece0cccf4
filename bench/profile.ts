/**
 * The measured shape of a vault (`sample-profile.json`): what the generator reproduces.
 * Distributions are kept small: histograms as shares per value, continuous figures as
 * quantiles (every 5 %, then 99 % and 99.9 % so rare huge notes stay rare), read back by
 * interpolation.
 */

/** Share of notes per value, e.g. tags per note: `{ "3": 0.61, "4": 0.3 }`. */
export type Histogram = Record<string, number>;

/** Values at each of `QUANTILE_POINTS` of the sorted sample. */
export type Quantiles = number[];

/** Where quantiles are taken: 0 %, 5 %, …, 95 %, 99 %, 99.9 %, 100 %. */
export const QUANTILE_POINTS: readonly number[] = [
  ...Array.from({ length: 20 }, (_, i) => i / 20),
  0.99,
  0.999,
  1,
];

/** One frontmatter layout: its keys in order and the share of notes of the kind using it. */
export interface FrontmatterShape {
  readonly keys: string[];
  readonly share: number;
}

/** Figures common to every kind of note. */
export interface KindProfile {
  readonly count: number;
  readonly tagsPerNote: Histogram;
  readonly inlineTagsPerNote: Histogram;
  readonly headingsPerNote: Quantiles;
  readonly bodyLinksPerNote: Histogram;
  readonly frontmatterShapes: FrontmatterShape[];
  readonly bodyBytes: Quantiles;
  /** Share of notes whose tags carry at least one sub-technique. */
  readonly subtechniqueShare: number;
  /** Share of notes whose tags carry no technique at all. */
  readonly noTechniqueShare: number;
  readonly techniqueTagsPerNote: Histogram;
}

export interface RuleProfile extends KindProfile {
  /** Share of rules tagging a sub-technique without its parent technique. */
  readonly subtechniqueWithoutParentShare: number;
  /** Share of rules whose `tags` list holds an empty entry (`[, detection_rule]`). */
  readonly brokenTagsShare: number;
  readonly tacticTagsPerNote: Histogram;
  readonly levels: Histogram;
  readonly statuses: Histogram;
  readonly distinctProducts: number;
}

export interface TestProfile extends KindProfile {
  readonly testsPerNote: Quantiles;
  readonly platforms: Histogram;
  readonly executors: Histogram;
}

export interface TechniqueProfile extends KindProfile {
  readonly queryBlocksPerNote: Histogram;
  readonly tacticsPerNote: Histogram;
  /** Rules whose tags name a parent technique note's own identifier. */
  readonly rulesPerParent: Quantiles;
  /** Rules whose tags name a sub-technique note's own identifier. */
  readonly rulesPerSubtechnique: Quantiles;
  /** Share of technique notes that have a test note of their own identifier. */
  readonly withTestNoteShare: number;
}

export interface VaultProfile {
  readonly source: string;
  readonly notes: number;
  readonly kindShares: Record<"technique" | "rule" | "test" | "other", number>;
  readonly technique: TechniqueProfile;
  readonly rule: RuleProfile;
  readonly test: TestProfile;
  readonly other: KindProfile;
}

/** The value at fraction `u` (0..1) of a quantile table, by linear interpolation. */
export function quantileAt(quantiles: Quantiles, u: number): number {
  const x = Math.min(Math.max(u, 0), 1);
  let high = 1;
  while (high < QUANTILE_POINTS.length - 1 && (QUANTILE_POINTS[high] ?? 1) < x) high++;
  const [p0, p1] = [QUANTILE_POINTS[high - 1] ?? 0, QUANTILE_POINTS[high] ?? 1];
  const [a, b] = [quantiles[high - 1] ?? 0, quantiles[high] ?? 0];
  return a + ((b - a) * (x - p0)) / (p1 - p0);
}

/** The quantiles of a list of numbers at `QUANTILE_POINTS`; all zeros when it is empty. */
export function quantilesOf(values: readonly number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  return QUANTILE_POINTS.map((point) => {
    if (sorted.length === 0) return 0;
    return sorted[Math.round(point * (sorted.length - 1))] ?? 0;
  });
}

/** The median of a quantile table. */
export function medianOf(quantiles: Quantiles): number {
  return quantiles[QUANTILE_POINTS.indexOf(0.5)] ?? 0;
}

/** Shares per value, rounded to 4 places, keys in ascending order when numeric. */
export function histogramOf(values: readonly (string | number)[]): Histogram {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  const keys = [...counts.keys()].sort(compareKeys);
  return Object.fromEntries(keys.map((k) => [k, round4((counts.get(k) ?? 0) / values.length)]));
}

function compareKeys(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A number rounded to 4 decimal places, for compact JSON. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Share of items meeting a test; 0 for an empty list. */
export function shareOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : round4(items.filter(test).length / items.length);
}
