/**
 * Timing helpers: every figure is a set of samples summarised by median, p95, min and max,
 * measured in this process, after a warm-up run.
 */
import { performance } from "node:perf_hooks";

/** A summary of repeated timings, in milliseconds. */
export interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** Summarises samples (milliseconds). */
export function statsOf(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(mid)] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    median,
    p95: at(0.95),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    runs: sorted.length,
  };
}

/** Runs `work` once to warm up, then `repeats` times; each run is one sample. */
export function timeRuns(repeats: number, work: () => unknown): Stats {
  work();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) samples.push(timeOnce(work));
  return statsOf(samples);
}

/**
 * Times two pieces of work in alternation, `repeats` samples each, so that a busy machine
 * slows both alike and the ratio between them stays fair. Work that takes seconds warms
 * itself up; `warmUp` false skips the extra first run.
 */
export function timePair(
  repeats: number,
  ours: () => unknown,
  baseline: () => unknown,
  warmUp = true,
): [Stats, Stats] {
  if (warmUp) {
    ours();
    baseline();
  }
  const [a, b]: [number[], number[]] = [[], []];
  for (let i = 0; i < repeats; i++) {
    a.push(timeOnce(ours));
    b.push(timeOnce(baseline));
  }
  return [statsOf(a), statsOf(b)];
}

/** Like `timePair`, one sample per item for each. */
export function timeEachPair<T>(
  items: readonly T[],
  ours: (item: T) => unknown,
  baseline: (item: T) => unknown,
): [Stats, Stats] {
  for (const item of items.slice(0, 5)) {
    ours(item);
    baseline(item);
  }
  const [a, b]: [number[], number[]] = [[], []];
  for (const item of items) {
    a.push(timeOnce(() => ours(item)));
    b.push(timeOnce(() => baseline(item)));
  }
  return [statsOf(a), statsOf(b)];
}

function timeOnce(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Forces a full collection when node runs with --expose-gc; false when it cannot. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return false;
  gc();
  gc();
  return true;
}

/** Accumulates values so the engine cannot drop work whose result is unused. */
export const sink = { value: 0 };
