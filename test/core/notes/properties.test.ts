import { describe, expect, it } from "vitest";
import {
  isPlainObject,
  propertyList,
  propertyText,
  sanitiseProperties,
  scalarText,
} from "../../../src/core/notes/properties";

describe("sanitiseProperties", () => {
  it("lower-cases names and reduces values to text or lists of text", () => {
    const properties = sanitiseProperties({
      Title: "Dump LSASS",
      level: "high",
      version: 1.3,
      draft: false,
      created: new Date(Date.UTC(2020, 1, 11)),
      tags: ["a", 2, null, { nested: true }],
      nested: { deep: 1 },
      empty: null,
    });
    expect({ ...properties }).toEqual({
      title: "Dump LSASS",
      level: "high",
      version: "1.3",
      draft: "false",
      created: "2020-02-11",
      tags: ["a", "2", ""],
      empty: "",
    });
  });

  it("keeps prototype-polluting keys as plain data", () => {
    // JSON.parse makes an own `__proto__` key, as a YAML parser does for `__proto__:`.
    const hostile: unknown = JSON.parse(
      '{"__proto__": "polluted", "constructor": "text", "toString": ["x"], "hasOwnProperty": "y"}',
    );
    const properties = sanitiseProperties(hostile);
    expect(Object.getPrototypeOf(properties)).toBeNull();
    expect(Object.keys(properties).sort()).toEqual([
      "__proto__",
      "constructor",
      "hasownproperty",
      "tostring",
    ]);
    expect(properties["__proto__"]).toBe("polluted");
    expect(properties["constructor"]).toBe("text");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("gives an empty set for anything that is not a mapping", () => {
    for (const value of [undefined, null, "text", 3, ["a"], new Date(0)]) {
      expect(Object.keys(sanitiseProperties(value))).toEqual([]);
    }
  });

  it("ignores inherited keys", () => {
    const parent = { inherited: "no" };
    const child = Object.create(parent) as Record<string, unknown>;
    child["own"] = "yes";
    expect(isPlainObject(child)).toBe(false);
    expect(isPlainObject(Object.assign(Object.create(null) as object, { a: 1 }))).toBe(true);
  });
});

describe("property helpers", () => {
  it("turns scalars into text, refuses mappings and invalid dates", () => {
    expect(scalarText(undefined)).toBe("");
    expect(scalarText(7)).toBe("7");
    expect(scalarText({})).toBeUndefined();
    expect(scalarText(new Date(Number.NaN))).toBeUndefined();
  });

  it("joins lists into a line and splits text into a list", () => {
    expect(propertyText(["Windows", "Linux"])).toBe("Windows, Linux");
    expect(propertyText(undefined)).toBe("");
    expect(propertyList("Defense Evasion, Persistence,")).toEqual([
      "Defense Evasion",
      "Persistence",
    ]);
    expect(propertyList([" a ", ""])).toEqual(["a"]);
    expect(propertyList(undefined)).toEqual([]);
  });
});
