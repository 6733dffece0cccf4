import { describe, expect, it } from "vitest";
import { statsOf } from "../../bench/measure";
import { histogramOf, quantileAt, quantilesOf, QUANTILE_POINTS } from "../../bench/profile";
import { Random } from "../../bench/random";
import { fullScan } from "../../bench/suites/query";
import { chartSvg } from "../../bench/chart";
import type { NoteRecord } from "../../src/core/notes/note";

describe("benchmark statistics", () => {
  it("summarises samples by median, p95, min and max", () => {
    const stats = statsOf([5, 1, 4, 2, 3, 100, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(stats).toEqual({ median: 10.5, p95: 19, min: 1, max: 100, runs: 20 });
  });

  it("reads quantiles back by interpolation, keeping the rare tail rare", () => {
    const values = Array.from({ length: 1001 }, (_, i) => (i === 1000 ? 1_000_000 : i));
    const quantiles = quantilesOf(values);
    expect(quantiles).toHaveLength(QUANTILE_POINTS.length);
    expect(quantileAt(quantiles, 0.5)).toBe(500);
    expect(quantileAt(quantiles, 0.525)).toBeCloseTo(525, 0);
    expect(quantileAt(quantiles, 0.99)).toBe(990);
    expect(quantileAt(quantiles, 1)).toBe(1_000_000);
  });

  it("counts shares per value", () => {
    expect(histogramOf([3, 1, 3, 3])).toEqual({ "1": 0.25, "3": 0.75 });
  });
});

describe("seeded random numbers", () => {
  it("repeat for a seed and differ between seeds", () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.next()
        )(new Random(seed)),
      );
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it("draw histogram keys by their share", () => {
    const random = new Random(3);
    const draws = Array.from({ length: 4000 }, () => random.fromHistogram({ a: 0.75, b: 0.25 }));
    expect(draws.filter((d) => d === "a").length / 4000).toBeCloseTo(0.75, 1);
  });
});

describe("the full-scan baseline", () => {
  const note = (path: string, tags: string[]) => ({ path, tags }) as unknown as NoteRecord;
  const notes = [
    note("a.md", ["detection_rule", "t1003_001"]),
    note("b.md", ["Detection_Rule/sigma", "T1003.001"]),
    note("c.md", ["detection_rule", "t1003"]),
    note("d.md", ["atomic_test", "T1003_001"]),
  ];

  it("finds what the index finds: case folded, nested tags, both sub-technique spellings", () => {
    const block = { text: "", kindTag: "detection_rule", techniqueTag: "T1003_001" };
    expect(fullScan(notes, block)).toEqual(["a.md", "b.md"]);
  });
});

describe("the chart", () => {
  it("draws one pair of bars per timed figure, text escaped", () => {
    const stats = { median: 2, p95: 3, min: 1, max: 4, runs: 3 };
    const svg = chartSvg([
      {
        title: "Vault <1k> & co",
        rows: [
          {
            kind: "timed",
            name: "Build",
            ours: stats,
            baselineName: "floor",
            baseline: { ...stats, median: 0.5 },
          },
        ],
      },
    ]);
    expect(svg).toContain("Vault &lt;1k&gt; &amp; co");
    expect(svg.match(/<rect [^>]*fill="#3b6fd4"/g)).toHaveLength(2);
    expect(svg.match(/<rect [^>]*fill="#b0b0b0"/g)).toHaveLength(2);
  });
});
