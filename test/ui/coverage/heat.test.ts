import { describe, expect, it } from "vitest";
import { cellClass, HEAT_STEPS, heatStep, legendSteps } from "../../../src/ui/coverage/heat";
import type { CoverageCounts } from "../../../src/core/coverage/measure";

describe("heat steps", () => {
  it("puts zero in no step and the maximum in the top step", () => {
    expect(heatStep(0, 10)).toBe(0);
    expect(heatStep(10, 10)).toBe(HEAT_STEPS);
    expect(heatStep(1, 10)).toBe(1);
    expect(heatStep(1, 1)).toBe(HEAT_STEPS);
  });

  it("gives the legend each step a whole value reaches, with its highest value", () => {
    expect(legendSteps(10)).toEqual([
      { step: 1, upTo: 2 },
      { step: 2, upTo: 4 },
      { step: 3, upTo: 6 },
      { step: 4, upTo: 8 },
      { step: 5, upTo: 10 },
    ]);
    expect(legendSteps(2)).toEqual([
      { step: 3, upTo: 1 },
      { step: 5, upTo: 2 },
    ]);
    for (const { step, upTo } of legendSteps(37)) expect(heatStep(upTo, 37)).toBe(step);
  });

  it("colours by state for the state measure", () => {
    const counts = { rules: 0, testNotes: 2, state: "tests-only" } as unknown as CoverageCounts;
    expect(cellClass(counts, "state", 5)).toBe("attack-lens-coverage-state-tests-only");
    expect(cellClass(counts, "tests", 2)).toBe("attack-lens-coverage-heat-5");
    expect(cellClass(counts, "rules", 2)).toBe("attack-lens-coverage-heat-0");
  });
});
