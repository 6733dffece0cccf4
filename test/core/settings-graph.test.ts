import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, sanitiseSettings } from "../../src/core/settings";

describe("graph settings", () => {
  it("default to depth 1 with bare identifiers read", () => {
    expect(sanitiseSettings({})).toMatchObject({ graphDepth: 1, graphBareIdentifiers: true });
    expect(DEFAULT_SETTINGS.graphDepth).toBe(1);
  });

  it("keep valid stored values and drop anything else", () => {
    expect(sanitiseSettings({ graphDepth: 2, graphBareIdentifiers: false })).toMatchObject({
      graphDepth: 2,
      graphBareIdentifiers: false,
    });
    expect(sanitiseSettings({ graphDepth: 7, graphBareIdentifiers: "no" })).toMatchObject({
      graphDepth: 1,
      graphBareIdentifiers: true,
    });
  });
});
