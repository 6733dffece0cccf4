import { describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import { suggestedNotePath, techniqueNoteText } from "../../../src/core/coverage/note-template";
import { vaultFilePath } from "../../../src/core/coverage/vault-path";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";
import { indexOf, modelOf, techniqueNote } from "./builders";

describe("vault file paths", () => {
  it("normalises slashes and adds the extension", () => {
    expect(vaultFilePath("  /Exports\\\\cov ", ".csv")).toEqual({
      ok: true,
      path: "Exports/cov.csv",
      folder: "Exports",
    });
    expect(vaultFilePath("layer.JSON", ".json")).toEqual({
      ok: true,
      path: "layer.JSON",
      folder: "",
    });
  });

  it("refuses paths that leave the vault, hide in a dot folder or hold control characters", () => {
    for (const bad of [
      "",
      "  /  ",
      "../x.md",
      "a/../../x.md",
      ".obsidian/x.md",
      "a\nb.md",
      "./x.md",
    ]) {
      expect(vaultFilePath(bad, ".md").ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("technique note template", () => {
  const row = modelOf([]).rows.get("T1566.001");
  if (!row) throw new Error("catalogue lacks T1566.001");

  it("carries the technique tag and query blocks in the vault's own form", () => {
    const text = techniqueNoteText(row, DEFAULT_KIND_TAGS, bundledCatalogue());
    expect(text).toContain("tags: [T1566_001, techniques]");
    expect(text).toContain("```query\ntag: detection_rule\ntag: T1566_001\n```");
    expect(text).toContain("```query\ntag: atomic_test\ntag: T1566_001\n```");
    expect(text).toContain('tactics: "Initial Access"');
    expect(text).toContain("url: https://attack.mitre.org/techniques/T1566/001/");
  });

  it("suggests a safe file name in the folder most technique notes use", () => {
    const index = indexOf([techniqueNote("T1003", "OS Credential Dumping")]);
    expect(suggestedNotePath(index, row)).toBe("Use Cases/T1566.001 - Spearphishing Attachment.md");
    const odd = { ...row, name: 'A: b/c "d" #e' };
    expect(suggestedNotePath(indexOf([]), odd)).toBe("T1566.001 - A- b-c -d- -e.md");
  });
});
