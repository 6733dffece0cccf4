import { describe, expect, it } from "vitest";
import { isLensBlock } from "../../../src/core/blocks/claim";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";

describe("isLensBlock", () => {
  it("claims blocks that name the rule or test tag, in any case or place", () => {
    expect(isLensBlock("tag: detection_rule\ntag: T1590", DEFAULT_KIND_TAGS)).toBe(true);
    expect(isLensBlock("tag:#Atomic_Test tag:T1590", DEFAULT_KIND_TAGS)).toBe(true);
    expect(isLensBlock("tag:T1590 (tag:x OR tag:detection_rule)", DEFAULT_KIND_TAGS)).toBe(true);
    expect(isLensBlock("-tag:detection_rule", DEFAULT_KIND_TAGS)).toBe(true);
  });

  it("leaves every other block to the app", () => {
    expect(isLensBlock("tag: techniques", DEFAULT_KIND_TAGS)).toBe(false);
    expect(isLensBlock("detection_rule", DEFAULT_KIND_TAGS)).toBe(false);
    expect(isLensBlock("tag: detection_rule/extra", DEFAULT_KIND_TAGS)).toBe(false);
    expect(isLensBlock("", DEFAULT_KIND_TAGS)).toBe(false);
  });

  it("claims a broken block that names our tags, so its error shows in place", () => {
    expect(isLensBlock("tag: detection_rule (", DEFAULT_KIND_TAGS)).toBe(true);
    expect(isLensBlock("tag: other (", DEFAULT_KIND_TAGS)).toBe(false);
  });

  it("follows kind tags from settings", () => {
    const custom = { technique: "ttp", rule: "sigma", test: "art" };
    expect(isLensBlock("tag: sigma", custom)).toBe(true);
    expect(isLensBlock("tag: detection_rule", custom)).toBe(false);
  });
});
