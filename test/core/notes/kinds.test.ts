import { describe, expect, it } from "vitest";
import { classifyNote, DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";

describe("classifyNote", () => {
  it("reads the vault's kind tags, in any case", () => {
    expect(classifyNote(["T1003_001", "techniques"], DEFAULT_KIND_TAGS)).toBe("technique");
    expect(classifyNote(["Detection_Rule"], DEFAULT_KIND_TAGS)).toBe("rule");
    expect(classifyNote(["ATOMIC_TEST", "T1003_001"], DEFAULT_KIND_TAGS)).toBe("test");
    expect(classifyNote(["T1003_001"], DEFAULT_KIND_TAGS)).toBe("other");
    expect(classifyNote([], DEFAULT_KIND_TAGS)).toBe("other");
  });

  it("takes a note of several kinds as a rule, then a test, then a technique", () => {
    expect(classifyNote(["techniques", "atomic_test", "detection_rule"], DEFAULT_KIND_TAGS)).toBe(
      "rule",
    );
    expect(classifyNote(["techniques", "atomic_test"], DEFAULT_KIND_TAGS)).toBe("test");
  });

  it("follows kind tags from settings, and a nested tag is not its parent", () => {
    const custom = { technique: "ttp", rule: "sigma", test: "art" };
    expect(classifyNote(["sigma"], custom)).toBe("rule");
    expect(classifyNote(["detection_rule"], custom)).toBe("other");
    expect(classifyNote(["sigma/extra"], custom)).toBe("other");
  });
});
