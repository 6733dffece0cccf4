import { describe, expect, it } from "vitest";
import { blockResults, techniqueTermOf } from "../../../src/core/blocks/block-results";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { parseQuery } from "../../../src/core/query/parser";
import type { QueryNode } from "../../../src/core/query/ast";
import { makeNote } from "../../helpers/make-note";

function parsed(text: string): QueryNode {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.query;
}

function vault(): VaultIndex {
  const index = new VaultIndex();
  index.upsertAll([
    makeNote("r/parent.md", ["T9001", "detection_rule"]),
    makeNote("r/both.md", ["T9001", "t9001_001", "detection_rule"]),
    makeNote("r/sub1.md", ["t9001_001", "detection_rule"]),
    makeNote("r/sub1and2.md", ["t9001_001", "t9001_002", "detection_rule"]),
    makeNote("r/sub2.md", ["t9001_002", "detection_rule"]),
    makeNote("r/other.md", ["t9002_001", "detection_rule"]),
    makeNote("t/sub1.md", ["T9001_001", "atomic_test"]),
    makeNote("u/T9001.md", ["T9001", "techniques"]),
  ]);
  return index;
}

const paths = (notes: readonly { path: string }[]): string[] => notes.map((n) => n.path);

describe("blockResults", () => {
  it("splits direct matches by kind, sorted by path", () => {
    const results = blockResults(parsed("tag: T9001"), vault());
    expect(paths(results.matches)).toEqual(["r/both.md", "r/parent.md", "u/T9001.md"]);
    expect(paths(results.rules)).toEqual(["r/both.md", "r/parent.md"]);
    expect(paths(results.tests)).toEqual([]);
    expect(paths(results.others)).toEqual(["u/T9001.md"]);
    expect(results.technique).toBe("T9001");
  });

  it("shows what each sub-technique adds to a parent's block, never what it already has", () => {
    const results = blockResults(parsed("tag: detection_rule\ntag: T9001"), vault());
    expect(paths(results.rules)).toEqual(["r/both.md", "r/parent.md"]);
    expect(results.fromSubtechniques.map((g) => [g.id, paths(g.notes)])).toEqual([
      ["T9001.001", ["r/sub1.md", "r/sub1and2.md"]],
      ["T9001.002", ["r/sub1and2.md", "r/sub2.md"]],
    ]);
    expect(paths(results.fromSubtechniquesUnique)).toEqual([
      "r/sub1.md",
      "r/sub1and2.md",
      "r/sub2.md",
    ]);
    const direct = new Set(paths(results.matches));
    for (const note of results.fromSubtechniquesUnique) expect(direct.has(note.path)).toBe(false);
  });

  it("keeps the other terms of the block when swapping in a sub-technique", () => {
    const results = blockResults(parsed("tag: atomic_test\ntag: T9001"), vault());
    expect(results.matches).toEqual([]);
    expect(results.fromSubtechniques.map((g) => [g.id, paths(g.notes)])).toEqual([
      ["T9001.001", ["t/sub1.md"]],
    ]);
  });

  it("adds nothing for a sub-technique's own block or a block without one technique", () => {
    const index = vault();
    expect(
      blockResults(parsed("tag: detection_rule tag: t9001_001"), index).fromSubtechniques,
    ).toEqual([]);
    expect(blockResults(parsed("tag: detection_rule"), index).technique).toBeUndefined();
    const two = blockResults(parsed("tag: T9001 tag: T9002"), index);
    expect(two.technique).toBeUndefined();
    expect(two.fromSubtechniques).toEqual([]);
  });

  it("swaps only the required technique term and keeps negated terms as written", () => {
    const results = blockResults(parsed("tag: detection_rule -tag: T9001_002 tag: T9001"), vault());
    expect(results.fromSubtechniques.map((g) => [g.id, paths(g.notes)])).toEqual([
      ["T9001.001", ["r/sub1.md"]],
    ]);
  });
});

describe("techniqueTermOf", () => {
  it("finds the single required technique term, in any spelling", () => {
    expect(techniqueTermOf(parsed("tag: detection_rule tag: t9001_001"))?.value).toBe("t9001_001");
    expect(techniqueTermOf(parsed("tag: T9001.001"))?.value).toBe("T9001.001");
    expect(techniqueTermOf(parsed("tag: T9001 OR tag: T9002"))).toBeUndefined();
  });
});
