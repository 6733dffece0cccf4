import { describe, expect, it } from "vitest";
import {
  cleanTag,
  frontmatterTags,
  tagAncestors,
  tagKey,
  uniqueTags,
} from "../../../src/core/notes/tags";

// Obsidian's help page "Tags" (help.obsidian.md/Editing+and+formatting/Tags, as quoted in
// licht1stein/obsidian.el issue 61): letters, numbers, `_`, `-` and `/` for nesting; at least
// one character that is not a number (`#1984` is no tag, `#y1984` is); no spaces.

describe("cleanTag", () => {
  it.each([
    ["#detection_rule", "detection_rule"],
    ["detection_rule", "detection_rule"],
    ["  #T1003_001 ", "T1003_001"],
    ["a/b/c", "a/b/c"],
    ["y1984", "y1984"],
    ["1_2", "1_2"],
    ["Credential_Access", "Credential_Access"],
    ["_Defense_Evasion", "_Defense_Evasion"],
    ["тактика", "тактика"],
    ["검출-규칙", "검출-규칙"],
  ])("keeps %j as %j", (raw, tag) => {
    expect(cleanTag(raw)).toBe(tag);
  });

  it.each(["", "#", "1984", "#2023/10", "two words", "T1003.001", "a,b", "/a", "a/", "a//b"])(
    "rejects %j",
    (raw) => {
      expect(cleanTag(raw)).toBeUndefined();
    },
  );
});

describe("tag comparison", () => {
  it("compares case-insensitively and keeps the first spelling", () => {
    expect(tagKey("Detection_Rule")).toBe(tagKey("detection_rule"));
    expect(uniqueTags(["T1003_001", "t1003_001", "Atomic_Test", "atomic_test"])).toEqual([
      "T1003_001",
      "Atomic_Test",
    ]);
  });

  it("lists a nested tag's ancestors; an underscore does not nest", () => {
    expect(tagAncestors("a/b/c")).toEqual(["a", "a/b", "a/b/c"]);
    expect(tagAncestors("T1003_001")).toEqual(["T1003_001"]);
  });
});

describe("frontmatterTags", () => {
  it("reads a list, stripping '#'", () => {
    expect(frontmatterTags(["T1003_001", "#techniques", "Credential_Access"])).toEqual({
      tags: ["T1003_001", "techniques", "Credential_Access"],
      problems: [],
    });
  });

  it("splits a text value on commas and spaces, as older app versions did", () => {
    expect(frontmatterTags("alpha, beta gamma").tags).toEqual(["alpha", "beta", "gamma"]);
    expect(frontmatterTags("solo").tags).toEqual(["solo"]);
  });

  it("skips the empty entry of the vault's broken `[, detection_rule]` lists", () => {
    // js-yaml reads `tags: [, detection_rule]` as [null, "detection_rule"].
    expect(frontmatterTags([null, "detection_rule"])).toEqual({
      tags: ["detection_rule"],
      problems: [],
    });
    expect(frontmatterTags(["", "x"]).tags).toEqual(["x"]);
  });

  it("reports numbers-only tags, numbers, objects and nested lists, keeping the rest", () => {
    const result = frontmatterTags(["1984", 2023, { a: 1 }, ["x"], true, "kept"]);
    expect(result.tags).toEqual(["kept"]);
    expect(result.problems).toEqual([
      { value: "1984", reason: "is not a valid tag", code: "invalid-tag" },
      { value: "2023", reason: "is not text", code: "not-text" },
      { value: "an object", reason: "is not text", code: "not-text" },
      { value: "a list", reason: "is not text", code: "not-text" },
      { value: "true", reason: "is not text", code: "not-text" },
    ]);
  });

  it("gives nothing for a missing value", () => {
    expect(frontmatterTags(undefined)).toEqual({ tags: [], problems: [] });
    expect(frontmatterTags(null)).toEqual({ tags: [], problems: [] });
  });
});
