import { describe, expect, it, vi } from "vitest";
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import {
  localTechniqueNotePath,
  techniquePreview,
} from "../../../src/core/preview/technique-preview";
import { fixtureIndex, ruleNote, techniqueNote } from "./fixtures";

const catalogue = bundledCatalogue();

describe("techniquePreview", () => {
  it("names an active technique from the catalogue, with tactic names and platforms", () => {
    const preview = techniquePreview("T1059.001", fixtureIndex(), catalogue);
    expect(preview.id).toBe("T1059.001");
    expect(preview.name).toBe("PowerShell");
    expect(preview.status).toEqual({ state: "active" });
    expect(preview.tactics).toEqual(["Execution"]);
    expect(preview.platforms).toContain("Windows");
    expect(preview.url).toBe("https://attack.mitre.org/techniques/T1059/001/");
  });

  it("counts rules by level, most severe first, with rules without a level last", () => {
    const { rules } = techniquePreview("T1059.001", fixtureIndex(), catalogue);
    expect(rules.total).toBe(6);
    expect(rules.byLevel).toEqual([
      { level: "critical", count: 1 },
      { level: "high", count: 2 },
      { level: "medium", count: 1 },
      { level: "informational", count: 1 },
      { level: "", count: 1 },
    ]);
  });

  it("lists the first five rules by level then title", () => {
    const { rules } = techniquePreview("T1059.001", fixtureIndex(), catalogue);
    expect(rules.first.map((r) => r.title)).toEqual([
      "Suspicious profile",
      "Alpha download cradle",
      "Zeta encoded command",
      "<img src=x onerror=alert(1)>",
      "Chatty script",
    ]);
    expect(rules.first[0]).toEqual({
      path: "Detection Rules/c.md",
      title: "Suspicious profile",
      level: "critical",
    });
  });

  it("counts test notes and their atomic tests, and lists them by title", () => {
    const { tests } = techniquePreview("T1059.001", fixtureIndex(), catalogue);
    expect(tests.notes).toBe(2);
    expect(tests.atomicTests).toBe(5);
    expect(tests.first.map((t) => t.path)).toEqual([
      "Testing Runbooks/Extra PowerShell tests.md",
      "Testing Runbooks/T1059.001 - PowerShell.md",
    ]);
  });

  it("finds the local technique note, not the test note of the same file name", () => {
    const preview = techniquePreview("T1059.001", fixtureIndex(), catalogue);
    expect(preview.localNote).toBe("Use Cases/T1059.001 - PowerShell.md");
  });

  it("counts only a parent's own notes, and says what its sub-techniques add", () => {
    const preview = techniquePreview("T1059", fixtureIndex(), catalogue);
    expect(preview.rules.total).toBe(1);
    expect(preview.tests.notes).toBe(0);
    expect(preview.fromSubtechniques).toEqual({ subtechniques: 1, rules: 6, testNotes: 2 });
    expect(
      techniquePreview("T1059.001", fixtureIndex(), catalogue).fromSubtechniques,
    ).toBeUndefined();
  });

  it("shows an empty preview for a technique the vault does not hold", () => {
    const preview = techniquePreview("T1003", fixtureIndex(), catalogue);
    expect(preview.name).toBe("OS Credential Dumping");
    expect(preview.rules).toEqual({ total: 0, byLevel: [], first: [] });
    expect(preview.tests).toEqual({ notes: 0, atomicTests: 0, first: [] });
    expect(preview.localNote).toBeUndefined();
  });

  it("reports a revoked identifier with its successor", () => {
    const preview = techniquePreview("T1004", fixtureIndex(), catalogue);
    expect(preview.status).toEqual({
      state: "revoked",
      successor: { id: "T1547.004", name: catalogue.get("T1547.004")?.name },
    });
    expect(preview.name).toBe("");
  });

  it("reports deprecated and unknown identifiers", () => {
    expect(techniquePreview("T1026", fixtureIndex(), catalogue).status).toEqual({
      state: "deprecated",
    });
    const unknown = techniquePreview("T9999", fixtureIndex(), catalogue);
    expect(unknown.status).toEqual({ state: "unknown" });
    expect(unknown.tactics).toEqual([]);
  });

  it("falls back to the local note's name and tactics when the catalogue does not know the identifier", () => {
    const index = fixtureIndex();
    index.upsert(ruleNote("Detection Rules/old.md", "Old rule", "low", ["t9999"]));
    index.upsert(
      techniqueNote("Use Cases/T9999 - Made up.md", "T9999", "Defense Evasion, Persistence"),
    );
    const preview = techniquePreview("T9999", index, catalogue);
    expect(preview.rules.total).toBe(1);
    expect(preview.name).toBe("Made up");
    expect(preview.tactics).toEqual(["Defense Evasion", "Persistence"]);
    expect(preview.platforms).toEqual(["Windows"]);
    expect(preview.localNote).toBe("Use Cases/T9999 - Made up.md");
  });

  it("asks the index for the identifier's notes and never walks all notes", () => {
    const index = fixtureIndex();
    const allNotes = vi.spyOn(index, "allNotes");
    const allPaths = vi.spyOn(index, "allPaths");
    const tagged = vi.spyOn(index, "pathsWithTag");
    techniquePreview("T1059", index, catalogue);
    expect(allNotes).not.toHaveBeenCalled();
    expect(allPaths).not.toHaveBeenCalled();
    expect(tagged).toHaveBeenCalledWith("T1059");
  });
});

describe("localTechniqueNotePath", () => {
  it("finds the technique note for an identifier, and nothing for one without a note", () => {
    expect(localTechniqueNotePath("T1059.001", fixtureIndex())).toBe(
      "Use Cases/T1059.001 - PowerShell.md",
    );
    expect(localTechniqueNotePath("T1003", fixtureIndex())).toBeUndefined();
  });
});
