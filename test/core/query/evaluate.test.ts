import { describe, expect, it } from "vitest";
import type { QueryNode } from "../../../src/core/query/ast";
import { evaluateQuery } from "../../../src/core/query/evaluate";
import { compareCodePoints } from "../../../src/core/query/order";
import { parseQuery } from "../../../src/core/query/parser";
import { runQuery } from "../../../src/core/query/run";
import { FakeTarget, type NoteSpec } from "./fake-target";

const NOTES: NoteSpec[] = [
  { path: "techniques/T1590 Gather Victim Network Information.md", tags: ["technique", "T1590"] },
  { path: "techniques/T1059.001 PowerShell.md", tags: ["technique", "T1059/001"] },
  {
    path: "rules/sigma/Recon Via Nslookup.md",
    title: "Network Recon via nslookup",
    tags: ["detection_rule", "t1590"],
    properties: { Level: "medium", status: "stable", author: ["Florian Roth", "Nasreddine"] },
  },
  {
    path: "rules/sigma/PowerShell Download.md",
    tags: ["Detection_Rule", "T1059/001"],
    properties: { level: "high", status: "experimental" },
  },
  {
    path: "atomics/T1059.001 Atomic Tests.md",
    tags: ["atomic_test", "T1059/001"],
    properties: { platforms: ["windows"] },
  },
  { path: "notes/Ünïcode 🔥 note.md", title: "שלום world", tags: ["misc"] },
];

function run(text: string, notes: NoteSpec[] = NOTES): string[] {
  const result = runQuery(text, new FakeTarget(notes));
  if (!result.ok) throw new Error(result.error.message);
  return result.paths;
}

const RULE_NSLOOKUP = "rules/sigma/Recon Via Nslookup.md";
const RULE_PS = "rules/sigma/PowerShell Download.md";
const ATOMIC = "atomics/T1059.001 Atomic Tests.md";
const T1059 = "techniques/T1059.001 PowerShell.md";
const UNICODE = "notes/Ünïcode 🔥 note.md";

describe("evaluateQuery: terms", () => {
  it("answers tags from the index, folding case and finding nested tags", () => {
    expect(run("tag: detection_rule\ntag: T1590")).toEqual([RULE_NSLOOKUP]);
    expect(run("tag:#t1059")).toEqual([ATOMIC, RULE_PS, T1059]);
    expect(run("tag:T1059/001 tag:technique")).toEqual([T1059]);
    expect(run("tag:T105")).toEqual([]);
  });

  it("never scans notes for tag-only queries", () => {
    const target = new FakeTarget(NOTES);
    const result = runQuery("tag:detection_rule (tag:T1590 OR tag:t1059)", target);
    expect(result.ok && result.paths).toEqual([RULE_PS, RULE_NSLOOKUP]);
    expect(target.calls.getNote).toBe(0);
    expect(target.calls.pathsWithTag).toBe(3);
  });

  it("matches path: and file: as case-insensitive substrings or regexes", () => {
    expect(run("path:RULES/SIGMA")).toEqual([RULE_PS, RULE_NSLOOKUP]);
    expect(run("file:download.MD")).toEqual([RULE_PS]);
    expect(run("file:sigma")).toEqual([]);
    expect(run("path:/^techniques\\/t1059/")).toEqual([T1059]);
    expect(run("file:/^t\\d{4}\\.md$/")).toEqual([]);
  });

  it("tests property existence and values, including list items, case-insensitively", () => {
    expect(run("[level]")).toEqual([RULE_PS, RULE_NSLOOKUP]);
    expect(run("[LEVEL:Med]")).toEqual([RULE_NSLOOKUP]);
    expect(run("[author:roth]")).toEqual([RULE_NSLOOKUP]);
    expect(run('[author:"florian roth"]')).toEqual([RULE_NSLOOKUP]);
    expect(run("[status:/^exp/]")).toEqual([RULE_PS]);
    expect(run("[__proto__] [constructor] [toString:x]")).toEqual([]);
    const notes = [{ path: "a.md", properties: { aliases: [] } }, { path: "b.md" }];
    expect(run("[aliases]", notes)).toEqual(["a.md"]);
    expect(run("[aliases:x]", notes)).toEqual([]);
  });

  it("matches bare text and phrases against title and file name only", () => {
    expect(run("nslookup recon")).toEqual([RULE_NSLOOKUP]);
    expect(run('"recon via"')).toEqual([RULE_NSLOOKUP]);
    expect(run('"via recon"')).toEqual([]);
    expect(run("SIGMA")).toEqual([]);
    expect(run("WORLD שלום")).toEqual([UNICODE]);
    expect(run("🔥")).toEqual([UNICODE]);
    expect(run("/power\\s?shell/")).toEqual([RULE_PS, T1059]);
  });
});

describe("evaluateQuery: combinations", () => {
  it("combines with AND, OR and NOT", () => {
    expect(run("tag:T1059 -tag:technique")).toEqual([ATOMIC, RULE_PS]);
    expect(run("tag:atomic_test OR [level:high]")).toEqual([ATOMIC, RULE_PS]);
    expect(run("-tag:T1059 -tag:T1590")).toEqual([UNICODE]);
    expect(run("-(tag:technique OR path:rules)")).toEqual([ATOMIC, UNICODE]);
    expect(run("tag:misc -tag:misc")).toEqual([]);
  });

  it("returns nothing rather than failing for tags no note has", () => {
    expect(run("tag:nothing OR tag:none")).toEqual([]);
    expect(run("tag:x", [])).toEqual([]);
    expect(run("-tag:x", [])).toEqual([]);
  });

  it("sorts paths by code point, not by UTF-16 unit", () => {
    const notes = [{ path: "a/😀.md" }, { path: "a/\uff01.md" }, { path: "a/b.md" }];
    expect(run("path:a/", notes)).toEqual(["a/b.md", "a/\uff01.md", "a/😀.md"]);
    expect(compareCodePoints("\uff01", "😀")).toBeLessThan(0);
    expect(compareCodePoints("😀", "😁")).toBeLessThan(0);
    expect(compareCodePoints("ab", "a")).toBeGreaterThan(0);
  });

  it("returns the same ordered set for the same query whatever the note order", () => {
    const forward = new FakeTarget(NOTES);
    const backward = new FakeTarget([...NOTES].reverse());
    const result = parseQuery("tag:t1059 OR [status] OR -path:rules");
    if (!result.ok) throw new Error(result.error.message);
    const paths = [...evaluateQuery(result.query, forward)];
    expect(paths).toEqual([...evaluateQuery(result.query, backward)]);
    expect(paths).toEqual([...paths].sort(compareCodePoints));
    expect(paths.length).toBe(6);
  });

  it("matches nothing, without throwing, for unsafe or invalid regexes in hand-built trees", () => {
    const at = { start: 0, end: 0 };
    const target = new FakeTarget(NOTES);
    for (const source of ["(a+)+$", "(", "(.*)*"]) {
      const tree: QueryNode = { kind: "path", match: { type: "regex", source }, span: at };
      expect(evaluateQuery(tree, target).size).toBe(0);
    }
    const empty: QueryNode = { kind: "or", children: [], span: at };
    expect(evaluateQuery(empty, target).size).toBe(0);
  });

  it("reports parse errors through runQuery instead of throwing", () => {
    const result = runQuery("tag:a content:b", new FakeTarget(NOTES));
    expect(result).toMatchObject({ ok: false, error: { kind: "unsupported", start: 6, end: 14 } });
  });
});
