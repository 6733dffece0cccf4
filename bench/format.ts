/** Number formatting shared by the console tables, the Markdown document and the chart. */
import type { Stats } from "./measure";
import type { Row, TimedRow } from "./rows";

/** A duration for people: µs below a millisecond, s from a second. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

/** A byte count for people. */
export function bytes(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (value < 10_240) return `${value.toLocaleString("en")} B`;
  return `${(value / 1024).toFixed(1)} KB`;
}

/** "median (p95 …, min–max …)" of a set of timings. */
export function spread(stats: Stats): string {
  return `p95 ${duration(stats.p95)} · ${duration(stats.min)}–${duration(stats.max)} · ${stats.runs} runs`;
}

/** How ours compares to its baseline, worded by which is faster. */
export function ratio(row: TimedRow): string {
  if (!row.ours || !row.baseline) return "";
  const r = row.ours.median / row.baseline.median;
  return r < 1 ? `${(1 / r).toFixed(r < 0.01 ? 0 : 1)}× faster` : `${r.toFixed(2)}× the baseline`;
}

/** The cells of one row: measure, ours, spread, baseline, baseline figure, comparison. */
export function cells(row: Row): string[] {
  if (row.kind === "value") {
    const value = row.unit === "B" ? bytes(row.value) : `${row.value} ${row.unit}`;
    return [row.name, value, row.detail ?? "", "", "", ""];
  }
  if (!row.ours) return [row.name, row.note ?? "", "", "", "", ""];
  return [
    row.name,
    duration(row.ours.median),
    spread(row.ours),
    row.baselineName ?? "",
    row.baseline ? `${duration(row.baseline.median)} (p95 ${duration(row.baseline.p95)})` : "",
    ratio(row),
  ];
}

export const HEADERS = [
  "Measure",
  "Ours (median)",
  "Spread",
  "Baseline",
  "Baseline (median)",
  "Comparison",
];
