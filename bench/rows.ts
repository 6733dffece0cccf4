import type { Stats } from "./measure";

/** A timed figure beside its baseline (the floor, or what the work costs without us). */
export interface TimedRow {
  readonly kind: "timed";
  readonly name: string;
  readonly ours?: Stats;
  readonly baselineName?: string;
  readonly baseline?: Stats;
  /** Shown when `ours` is missing, e.g. "not yet available". */
  readonly note?: string;
}

/** A figure that is not a time: bytes, a count. */
export interface ValueRow {
  readonly kind: "value";
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly detail?: string;
}

export type Row = TimedRow | ValueRow;

/** One table: the figures of one vault, or those that do not depend on a vault. */
export interface Table {
  readonly title: string;
  readonly rows: Row[];
}

/** A timed row. */
export function timed(
  name: string,
  ours: Stats,
  baselineName?: string,
  baseline?: Stats,
): TimedRow {
  return {
    kind: "timed",
    name,
    ours,
    ...(baselineName ? { baselineName } : {}),
    ...(baseline ? { baseline } : {}),
  };
}

/** A row for a figure that cannot be measured yet, saying why. */
export function missing(name: string, note: string): TimedRow {
  return { kind: "timed", name, note };
}
