import { describe, expect, it } from "vitest";
import { cellClass, HEAT_STEPS, heatStep, legendSteps } from "../../../src/ui/coverage/heat";
import type { CoverageCounts } from "../../../src/core/coverage/measure";

describe("heat steps", () => {
  it("puts zero in no step and the maximum in the top step", () => {
    expect(heatStep(0, 10)).toBe(0);
    expect(heatStep(10, 10)).toBe(HEAT_STEPS);
    expect(heatStep(1, 1)).toBe(HEAT_STEPS);
  });

  it("spreads skewed counts over the steps on a log scale", () => {
    const steps = [1, 3, 10, 40, 175].map((v) => heatStep(v, 175));
    expect(steps).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives the legend each step a whole value reaches, with its highest value", () => {
    expect(legendSteps(2)).toEqual([
      { step: 4, upTo: 1 },
      { step: 5, upTo: 2 },
    ]);
    for (const max of [1, 2, 7, 37, 175, 1000]) {
      for (const { step, upTo } of legendSteps(max)) {
        expect(heatStep(upTo, max)).toBe(step);
        if (step < HEAT_STEPS) expect(heatStep(upTo + 1, max)).toBeGreaterThan(step);
      }
      expect(legendSteps(max).at(-1)?.upTo).toBe(max);
    }
  });

  it("colours by state for the state measure", () => {
    const counts = { rules: 0, testNotes: 2, state: "tests-only" } as unknown as CoverageCounts;
    expect(cellClass(counts, "state", 5)).toBe("attack-lens-coverage-state-tests-only");
    expect(cellClass(counts, "tests", 2)).toBe("attack-lens-coverage-heat-5");
    expect(cellClass(counts, "rules", 2)).toBe("attack-lens-coverage-heat-0");
  });
});
