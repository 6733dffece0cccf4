import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  LOG_LEVELS,
  MAX_FOLDERS,
  MAX_TAG_LENGTH,
  RULE_COLUMNS,
  TEST_COLUMNS,
  isIndexedPath,
  readSettings,
  sanitiseSettings,
  type AttackLensSettings,
} from "../../src/core/settings";
import { cleanTag } from "../../src/core/notes/tags";

/** Every invariant a usable settings object holds. */
function expectValid(settings: AttackLensSettings): void {
  for (const tag of Object.values(settings.kindTags)) {
    expect(cleanTag(tag)).toBe(tag);
    expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
  }
  for (const list of [settings.includeFolders, settings.ignoreFolders]) {
    expect(list.length).toBeLessThanOrEqual(MAX_FOLDERS);
    for (const folder of list) {
      expect(typeof folder).toBe("string");
      expect(folder).not.toBe("");
      expect(folder.startsWith("/") || folder.endsWith("/")).toBe(false);
    }
  }
  expect(settings.ruleColumns.length).toBeGreaterThan(0);
  expect(settings.ruleColumns.every((c) => RULE_COLUMNS.includes(c))).toBe(true);
  expect(new Set(settings.ruleColumns).size).toBe(settings.ruleColumns.length);
  expect(settings.testColumns.length).toBeGreaterThan(0);
  expect(settings.testColumns.every((c) => TEST_COLUMNS.includes(c))).toBe(true);
  for (const flag of [
    settings.rollUpSubtechniques,
    settings.previewBareIdentifiers,
    settings.openLocalNoteForWebLinks,
    settings.showCoreResults,
  ]) {
    expect(typeof flag).toBe("boolean");
  }
  expect(LOG_LEVELS).toContain(settings.logLevel);
  expect([1, 2]).toContain(settings.graphDepth);
  expect(typeof settings.graphBareIdentifiers).toBe("boolean");
}

const settingsLike = fc.record(
  {
    kindTags: fc.oneof(
      fc.record({ technique: fc.anything(), rule: fc.anything(), test: fc.anything() }),
      fc.anything(),
    ),
    includeFolders: fc.oneof(fc.array(fc.oneof(fc.string(), fc.anything())), fc.anything()),
    ignoreFolders: fc.anything(),
    rollUpSubtechniques: fc.anything(),
    ruleColumns: fc.oneof(fc.array(fc.constantFrom(...RULE_COLUMNS, "bogus")), fc.anything()),
    testColumns: fc.oneof(fc.array(fc.constantFrom(...TEST_COLUMNS, "")), fc.anything()),
    logLevel: fc.oneof(fc.constantFrom(...LOG_LEVELS, "loud"), fc.anything()),
    showCoreResults: fc.anything(),
    graphDepth: fc.oneof(fc.constantFrom(1, 2, 3, "2"), fc.anything()),
  },
  { requiredKeys: [] },
);

describe("sanitiseSettings", () => {
  it("turns any value at all into valid settings", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (raw) =>
        expectValid(sanitiseSettings(raw)),
      ),
    );
  });

  it("turns any JSON text's value into valid settings", () => {
    fc.assert(fc.property(fc.json(), (text) => expectValid(sanitiseSettings(JSON.parse(text)))));
  });

  it("turns settings-shaped data with wrong parts into valid settings", () => {
    fc.assert(fc.property(settingsLike, (raw) => expectValid(sanitiseSettings(raw))));
  });

  it("gives the defaults for nothing stored", () => {
    expect(sanitiseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it("gives the defaults for stored data that is not a record", () => {
    for (const raw of [[], [1, 2], "text", 42, true])
      expect(sanitiseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps valid stored values and defaults only the missing keys", () => {
    const settings = sanitiseSettings({
      logLevel: "debug",
      showCoreResults: true,
      kindTags: { rule: "#sigma" },
    });
    expect(settings.logLevel).toBe("debug");
    expect(settings.showCoreResults).toBe(true);
    expect(settings.kindTags).toEqual({
      technique: "techniques",
      rule: "sigma",
      test: "atomic_test",
    });
    expect(settings.rollUpSubtechniques).toBe(DEFAULT_SETTINGS.rollUpSubtechniques);
    expect(settings.ruleColumns).toEqual([...RULE_COLUMNS]);
  });

  it("keeps a chosen column order and drops unknown and repeated columns", () => {
    const settings = sanitiseSettings({ ruleColumns: ["level", "bogus", "title", "level"] });
    expect(settings.ruleColumns).toEqual(["level", "title"]);
  });

  it("refuses tags that are too long or not tags", () => {
    const long = "a".repeat(MAX_TAG_LENGTH + 1);
    const settings = sanitiseSettings({
      kindTags: { technique: long, rule: "two words", test: "123" },
    });
    expect(settings.kindTags).toEqual(DEFAULT_SETTINGS.kindTags);
  });

  it("drops huge folder paths and keeps at most the folder limit", () => {
    const many = Array.from({ length: MAX_FOLDERS + 50 }, (_, i) => `f${i}`);
    expect(sanitiseSettings({ includeFolders: many }).includeFolders).toHaveLength(MAX_FOLDERS);
    expect(
      sanitiseSettings({ ignoreFolders: ["x".repeat(1_000_000), "/Kept/"] }).ignoreFolders,
    ).toEqual(["Kept"]);
  });

  it("never reads inherited or __proto__ values", () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"logLevel": "debug"}, "constructor": 1}');
    expect(sanitiseSettings(parsed)).toEqual(DEFAULT_SETTINGS);
    const inherited = Object.create({ logLevel: "debug", showCoreResults: true }) as object;
    expect(sanitiseSettings(inherited)).toEqual(DEFAULT_SETTINGS);
    expect(({} as Record<string, unknown>).logLevel).toBeUndefined();
  });
});

describe("readSettings", () => {
  it("reports nothing for valid or absent data", () => {
    expect(readSettings(undefined).problems).toEqual([]);
    expect(readSettings(DEFAULT_SETTINGS).problems).toEqual([]);
  });

  it("names each unusable value", () => {
    const { problems } = readSettings({
      logLevel: "loud",
      kindTags: { rule: 7 },
      ruleColumns: "title",
    });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/logLevel/);
    expect(problems.join("\n")).toMatch(/kindTags\.rule/);
    expect(problems.join("\n")).toMatch(/ruleColumns/);
  });

  it("says when the whole stored value is not a record", () => {
    expect(readSettings([1]).problems).toEqual([expect.stringMatching(/not a set of values/)]);
  });
});

describe("isIndexedPath", () => {
  const base = sanitiseSettings({});
  it("indexes the whole vault when no folders are chosen", () => {
    expect(isIndexedPath("a/b.md", base)).toBe(true);
  });

  it("indexes only inside chosen folders, and never inside ignored ones", () => {
    const settings = { ...base, includeFolders: ["Rules"], ignoreFolders: ["Rules/Old"] };
    expect(isIndexedPath("Rules/x.md", settings)).toBe(true);
    expect(isIndexedPath("Rules/Old/x.md", settings)).toBe(false);
    expect(isIndexedPath("RulesX/x.md", settings)).toBe(false);
    expect(isIndexedPath("Other/x.md", settings)).toBe(false);
  });
});
