import { describe, expect, it, vi } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { tagIndexKeys, tagLookupKey } from "../../../src/core/index/tag-keys";
import { makeNote } from "../../helpers/make-note";
import { setLogSink } from "../../../src/core/log";

const sorted = (paths: ReadonlySet<string>): string[] => [...paths].sort();

function sampleIndex(): VaultIndex {
  const index = new VaultIndex();
  index.upsertAll([
    makeNote("rules/a.md", ["t1003_001", "detection_rule"]),
    makeNote("rules/b.md", ["T1003", "detection_rule"]),
    makeNote("tests/c.md", ["T1003_001", "atomic_test"]),
    makeNote("notes/d.md", ["project/alpha/beta"]),
  ]);
  return index;
}

describe("tag keys", () => {
  it("folds case and technique spellings, never dots into ordinary tags", () => {
    expect(tagLookupKey("#Detection_Rule")).toBe("detection_rule");
    for (const spelling of ["T1003.001", "t1003_001", "T1003_001", "attack.t1003.001"]) {
      expect(tagLookupKey(spelling)).toBe("T1003.001");
    }
    expect(tagIndexKeys("A/b")).toEqual(["a", "a/b"]);
  });
});

describe("VaultIndex", () => {
  it("finds notes by tag in any case and any technique spelling", () => {
    const index = sampleIndex();
    for (const tag of ["T1003.001", "t1003_001", "T1003_001", "t1003.001"]) {
      expect(sorted(index.pathsWithTag(tag))).toEqual(["rules/a.md", "tests/c.md"]);
    }
    expect(sorted(index.pathsWithTag("DETECTION_RULE"))).toEqual(["rules/a.md", "rules/b.md"]);
    expect(sorted(index.pathsWithTag("T1003"))).toEqual(["rules/b.md"]);
    expect(index.pathsWithTag("missing").size).toBe(0);
  });

  it("finds nested tags under each ancestor but not under a prefix", () => {
    const index = sampleIndex();
    expect(sorted(index.pathsWithTag("project"))).toEqual(["notes/d.md"]);
    expect(sorted(index.pathsWithTag("Project/Alpha"))).toEqual(["notes/d.md"]);
    expect(sorted(index.pathsWithTag("project/alpha/beta"))).toEqual(["notes/d.md"]);
    expect(index.pathsWithTag("proj").size).toBe(0);
    expect(index.pathsWithTag("alpha").size).toBe(0);
  });

  it("keeps kinds, paths and sub-techniques", () => {
    const index = sampleIndex();
    expect(index.size).toBe(4);
    expect(sorted(index.pathsOfKind("rule"))).toEqual(["rules/a.md", "rules/b.md"]);
    expect(sorted(index.pathsOfKind("test"))).toEqual(["tests/c.md"]);
    expect(sorted(index.pathsOfKind("other"))).toEqual(["notes/d.md"]);
    expect(index.pathsOfKind("technique").size).toBe(0);
    expect(sorted(index.allPaths())).toHaveLength(4);
    expect(index.subtechniquesOf("T1003")).toEqual(["T1003.001"]);
    expect(index.getNote("rules/a.md")?.techniques).toEqual(["T1003.001"]);
    expect([...index.allNotes()]).toHaveLength(4);
  });

  it("replaces a note's tags on update", () => {
    const index = sampleIndex();
    index.upsert(makeNote("rules/a.md", ["T1003_002", "detection_rule"]));
    expect(sorted(index.pathsWithTag("T1003.001"))).toEqual(["tests/c.md"]);
    expect(sorted(index.pathsWithTag("T1003.002"))).toEqual(["rules/a.md"]);
    expect(index.subtechniquesOf("T1003")).toEqual(["T1003.001", "T1003.002"]);
    expect(index.size).toBe(4);
  });

  it("drops a sub-technique once no note carries it", () => {
    const index = sampleIndex();
    index.remove("rules/a.md");
    expect(index.subtechniquesOf("T1003")).toEqual(["T1003.001"]);
    index.remove("tests/c.md");
    expect(index.subtechniquesOf("T1003")).toEqual([]);
    expect(index.pathsWithTag("T1003_001").size).toBe(0);
    expect(index.pathsOfKind("test").size).toBe(0);
  });

  it("moves a note on rename and replaces a note already at the new path", () => {
    const index = sampleIndex();
    index.rename("rules/a.md", makeNote("moved/a.md", ["t1003_001", "detection_rule"]));
    expect(index.getNote("rules/a.md")).toBeUndefined();
    expect(sorted(index.pathsWithTag("detection_rule"))).toEqual(["moved/a.md", "rules/b.md"]);
    index.rename("moved/a.md", makeNote("rules/b.md", ["atomic_test"]));
    expect(index.size).toBe(3);
    expect(index.pathsWithTag("detection_rule").size).toBe(0);
    expect(sorted(index.pathsOfKind("test"))).toEqual(["rules/b.md", "tests/c.md"]);
  });

  it("clears everything", () => {
    const index = sampleIndex();
    index.clear();
    expect(index.size).toBe(0);
    expect(index.allPaths().size).toBe(0);
    expect(index.pathsWithTag("detection_rule").size).toBe(0);
    expect(index.subtechniquesOf("T1003")).toEqual([]);
  });

  it("tells listeners what changed, bumps the version, and survives a failing listener", () => {
    const logged: string[] = [];
    const restore = setLogSink((level, line) => logged.push(`${level} ${line}`));
    const index = new VaultIndex();
    const seen: string[][] = [];
    const failing = vi.fn(() => {
      throw new Error("listener bug");
    });
    index.onChange(failing);
    const stop = index.onChange((paths) => seen.push([...paths]));
    const before = index.version;
    index.upsert(makeNote("a.md", ["x"]));
    index.rename("a.md", makeNote("b.md", ["x"]));
    index.remove("missing.md");
    index.remove("b.md");
    stop();
    index.upsert(makeNote("c.md", ["x"]));
    expect(seen).toEqual([["a.md"], ["a.md", "b.md"], ["b.md"]]);
    expect(failing).toHaveBeenCalledTimes(4);
    expect(index.version).toBe(before + 4);
    expect(index.getNote("c.md")).toBeDefined();
    restore();
    expect(logged).toHaveLength(4);
    expect(logged[0]).toBe("error [ATT&CK Lens] index: a change listener failed");
  });
});
