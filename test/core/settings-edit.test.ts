import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, RULE_COLUMNS, sanitiseSettings } from "../../src/core/settings";
import {
  applyPatch,
  checkFolderLines,
  checkKindTag,
  columnRows,
  folderLines,
  moveColumn,
  settingsEffects,
  toggleColumn,
} from "../../src/core/settings-edit";

describe("applyPatch", () => {
  it("changes only what the patch names, merging kind tags", () => {
    const next = applyPatch(DEFAULT_SETTINGS, { kindTags: { test: "art" }, showCoreResults: true });
    expect(next.kindTags).toEqual({ ...DEFAULT_SETTINGS.kindTags, test: "art" });
    expect(next.showCoreResults).toBe(true);
    expect(next.ruleColumns).toEqual(DEFAULT_SETTINGS.ruleColumns);
  });

  it("cleans the result the way stored data is cleaned", () => {
    const next = applyPatch(DEFAULT_SETTINGS, { includeFolders: ["/Rules/", " "] });
    expect(next.includeFolders).toEqual(["Rules"]);
  });
});

describe("settingsEffects", () => {
  const base = sanitiseSettings({});
  const effects = (patch: Parameters<typeof applyPatch>[1]) =>
    settingsEffects(base, applyPatch(base, patch));

  it("rebuilds the index when kind tags or folders change", () => {
    expect(effects({ kindTags: { rule: "sigma" } })).toEqual({
      rebuildIndex: true,
      redrawBlocks: true,
      reclaimBlocks: true,
      redrawGraph: false,
    });
    expect(effects({ includeFolders: ["A"] })).toEqual({
      rebuildIndex: true,
      redrawBlocks: false,
      reclaimBlocks: false,
      redrawGraph: false,
    });
    expect(effects({ ignoreFolders: ["A"] }).rebuildIndex).toBe(true);
  });

  it("redraws blocks, without a rebuild, when columns or the app's results change", () => {
    expect(effects({ ruleColumns: ["level", "title"] })).toEqual({
      rebuildIndex: false,
      redrawBlocks: true,
      reclaimBlocks: false,
      redrawGraph: false,
    });
    expect(effects({ testColumns: ["title"] }).redrawBlocks).toBe(true);
    expect(effects({ showCoreResults: true })).toEqual({
      rebuildIndex: false,
      redrawBlocks: true,
      reclaimBlocks: false,
      redrawGraph: false,
    });
  });

  it("redraws the graph, and nothing else, when its depth or bare identifiers change", () => {
    const graphOnly = {
      rebuildIndex: false,
      redrawBlocks: false,
      reclaimBlocks: false,
      redrawGraph: true,
    };
    expect(effects({ graphDepth: 2 })).toEqual(graphOnly);
    expect(effects({ graphBareIdentifiers: false })).toEqual(graphOnly);
    expect(effects({ graphDepth: base.graphDepth }).redrawGraph).toBe(false);
  });

  it("does neither for settings blocks do not draw", () => {
    const none = {
      rebuildIndex: false,
      redrawBlocks: false,
      reclaimBlocks: false,
      redrawGraph: false,
    };
    expect(effects({ logLevel: "debug" })).toEqual(none);
    expect(effects({ rollUpSubtechniques: true })).toEqual(none);
    expect(effects({ previewBareIdentifiers: false })).toEqual(none);
    expect(effects({})).toEqual(none);
  });
});

describe("checkKindTag", () => {
  const tags = DEFAULT_SETTINGS.kindTags;
  it("accepts a tag, with or without #", () => {
    expect(checkKindTag("#sigma/rule", "rule", tags)).toEqual({ ok: true, value: "sigma/rule" });
  });

  it("refuses empty text, non-tags, and a tag another kind uses", () => {
    expect(checkKindTag("  ", "rule", tags)).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(checkKindTag("two words", "rule", tags)).toMatchObject({
      ok: false,
      problem: { kind: "invalid-tag" },
    });
    expect(checkKindTag("2024", "rule", tags)).toMatchObject({
      ok: false,
      problem: { kind: "invalid-tag" },
    });
    expect(checkKindTag("Atomic_Test", "rule", tags)).toMatchObject({
      ok: false,
      problem: { kind: "same-tag" },
    });
  });

  it("lets a kind keep its own tag", () => {
    expect(checkKindTag("detection_rule", "rule", tags)).toEqual({
      ok: true,
      value: "detection_rule",
    });
  });
});

describe("checkFolderLines", () => {
  it("reads one folder a line, skipping blank lines and repeats", () => {
    expect(checkFolderLines("Detection Rules\n\n /Testing Runbooks/ \r\nDetection Rules")).toEqual({
      ok: true,
      value: ["Detection Rules", "Testing Runbooks"],
    });
    expect(checkFolderLines("")).toEqual({ ok: true, value: [] });
  });

  it("names the first line that is not a folder path", () => {
    expect(checkFolderLines("Rules\nA/../B")).toEqual({
      ok: false,
      problem: { kind: "invalid-folder", value: "A/../B", line: 2 },
    });
    expect(checkFolderLines("a:b")).toMatchObject({ ok: false, problem: { line: 1 } });
    expect(checkFolderLines("a//b")).toMatchObject({ ok: false });
  });

  it("round-trips the lines it shows", () => {
    const list = ["A", "B/C"];
    expect(checkFolderLines(folderLines(list))).toEqual({ ok: true, value: list });
  });
});

describe("column order", () => {
  it("lists shown columns in order, then hidden ones", () => {
    expect(
      columnRows(["level", "title"], RULE_COLUMNS).map((r) => `${r.column}:${r.shown}`),
    ).toEqual(["level:true", "title:true", "status:false", "logsource:false", "modified:false"]);
  });

  it("moves a column one place and stops at the ends", () => {
    expect(moveColumn(["a", "b", "c"], "b", -1)).toEqual(["b", "a", "c"]);
    expect(moveColumn(["a", "b", "c"], "b", 1)).toEqual(["a", "c", "b"]);
    expect(moveColumn(["a", "b"], "a", -1)).toEqual(["a", "b"]);
    expect(moveColumn(["a", "b"], "b", 1)).toEqual(["a", "b"]);
    expect(moveColumn(["a", "b"], "z", 1)).toEqual(["a", "b"]);
  });

  it("shows a column at the end and hides it, but never the last one", () => {
    expect(toggleColumn(["a"], "b", true)).toEqual(["a", "b"]);
    expect(toggleColumn(["a", "b"], "a", false)).toEqual(["b"]);
    expect(toggleColumn(["a"], "a", false)).toEqual(["a"]);
  });

  it("keeps every shown column exactly once through any moves and toggles", () => {
    const step = fc.record({
      column: fc.constantFrom(...RULE_COLUMNS),
      op: fc.constantFrom("up", "down", "on", "off"),
    });
    fc.assert(
      fc.property(fc.array(step), (steps) => {
        let shown: string[] = [...RULE_COLUMNS];
        for (const { column, op } of steps) {
          if (op === "up" || op === "down") shown = moveColumn(shown, column, op === "up" ? -1 : 1);
          else shown = toggleColumn(shown, column, op === "on");
        }
        expect(shown.length).toBeGreaterThan(0);
        expect(new Set(shown).size).toBe(shown.length);
        expect(shown.every((c) => (RULE_COLUMNS as readonly string[]).includes(c))).toBe(true);
      }),
    );
  });
});
