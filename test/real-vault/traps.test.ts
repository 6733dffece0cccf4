import { beforeAll, describe, expect, it } from "vitest";
import { blockResults } from "../../src/core/blocks/block-results";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { readBody } from "../../src/core/notes/markdown";
import type { NoteRecord } from "../../src/core/notes/note";
import { parseQuery } from "../../src/core/query/parser";
import { runQuery } from "../../src/core/query/run";
import { loadVault, type LoadedVault } from "../../src/headless/load-vault";
import { readReferenceVault, type ReferenceNote } from "./reference";
import { HAS_REAL_VAULT, REAL_VAULT, SKIP_NOTE } from "./vault-location";

const SUBTECHNIQUE_TAG = /^t\d{4}_\d{3}$/;
const TECHNIQUE_TAG = /^t\d{4}(_\d{3})?$/;

describe.skipIf(!HAS_REAL_VAULT)(`the real vault's traps${SKIP_NOTE}`, () => {
  let vault: LoadedVault;
  let reference: ReferenceNote[];
  let rules: ReferenceNote[];

  const query = (text: string): string[] => {
    const result = runQuery(text, vault.index);
    if (!result.ok) throw new Error(result.error.message);
    return result.paths;
  };
  const note = (path: string): NoteRecord | undefined => vault.index.getNote(path);
  const techniqueNotes = (): NoteRecord[] =>
    [...vault.index.pathsOfKind("technique")].map((p) => note(p)).filter((n) => n !== undefined);

  beforeAll(() => {
    vault = loadVault(REAL_VAULT, DEFAULT_KIND_TAGS);
    reference = readReferenceVault(REAL_VAULT);
    rules = reference.filter((n) => n.tags.includes("detection_rule"));
  });

  it("has the notes BRIEF.md counts", () => {
    expect(vault.index.pathsOfKind("technique").size).toBe(625);
    expect(vault.index.pathsOfKind("rule").size).toBe(2822);
    expect(vault.index.pathsOfKind("test").size).toBe(282);
    expect(rules).toHaveLength(2822);
  });

  it("finds 68 rules and 1 test note (14 atomic tests) for T1003.001", () => {
    const reader = reference.filter((n) => n.tags.includes("t1003_001"));
    expect(reader.filter((n) => n.tags.includes("detection_rule"))).toHaveLength(68);
    const ruleBlock = query("tag: detection_rule\ntag: T1003_001");
    const testBlock = query("tag: atomic_test\ntag: T1003_001");
    expect(ruleBlock).toHaveLength(68);
    expect(testBlock).toEqual([
      "Testing Runbooks/T1003.001 - OS Credential Dumping- LSASS Memory.md",
    ]);
    expect(note(testBlock[0] ?? "")?.test?.testCount).toBe(14);
    expect(note(testBlock[0] ?? "")?.test?.executors).toEqual(["command_prompt", "powershell"]);
  });

  it("answers every spelling of a technique alike", () => {
    const canonical = query("tag: T1003_001");
    expect(canonical.length).toBeGreaterThan(68);
    expect(query("tag: T1003.001")).toEqual(canonical);
    expect(query("tag: t1003_001")).toEqual(canonical);
    expect(query("tag:#T1003_001")).toEqual(canonical);
  });

  it("has 1435 rules whose sub-technique tags all lack their parent", () => {
    const parentMissing = (tags: string[], tag: string): boolean => !tags.includes(tag.slice(0, 5));
    const subs = (n: ReferenceNote): string[] => n.tags.filter((t) => SUBTECHNIQUE_TAG.test(t));
    const allMissing = rules.filter(
      (n) => subs(n).length > 0 && subs(n).every((t) => parentMissing(n.tags, t)),
    );
    // 1443 rules lack the parent of at least one of their sub-techniques.
    const someMissing = rules.filter((n) => subs(n).some((t) => parentMissing(n.tags, t)));
    expect(allMissing).toHaveLength(1435);
    expect(someMissing).toHaveLength(1443);
    // The index agrees: a search for the parent does not find such a rule.
    for (const rule of allMissing) {
      for (const id of note(rule.path)?.techniques.filter((t) => t.includes(".")) ?? []) {
        expect(vault.index.pathsWithTag(id.slice(0, 5)).has(rule.path)).toBe(false);
      }
    }
  });

  it("shows 17 parent techniques with no rule and 35 with no test only through sub-techniques", () => {
    const onlyThroughSubs = { rule: [] as string[], test: [] as string[] };
    for (const technique of techniqueNotes()) {
      if (technique.technique?.id.includes(".") !== false) continue;
      for (const text of technique.queryBlocks ?? []) {
        const parsed = parseQuery(text);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const results = blockResults(parsed.query, vault.index);
        const kind = text.includes("detection_rule") ? "rule" : "test";
        if (results.matches.length === 0 && results.fromSubtechniques.length > 0) {
          onlyThroughSubs[kind].push(technique.technique.id);
        }
      }
    }
    expect(onlyThroughSubs.rule).toHaveLength(17);
    expect(onlyThroughSubs.test).toHaveLength(35);
    // The reference agrees: no note of that kind tags the parent, some tag a sub-technique.
    const kindTag = { rule: "detection_rule", test: "atomic_test" };
    for (const kind of ["rule", "test"] as const) {
      for (const id of onlyThroughSubs[kind]) {
        const ofKind = reference.filter((n) => n.tags.includes(kindTag[kind]));
        const parentTag = id.toLowerCase();
        expect(ofKind.some((n) => n.tags.includes(parentTag))).toBe(false);
        expect(ofKind.some((n) => n.tags.some((t) => t.startsWith(`${parentTag}_`)))).toBe(true);
      }
    }
  });

  it("has 338 rules with no technique tag", () => {
    const reader = rules.filter((n) => !n.tags.some((t) => TECHNIQUE_TAG.test(t)));
    expect(reader).toHaveLength(338);
    const indexed = [...vault.index.pathsOfKind("rule")].filter(
      (p) => note(p)?.techniques.length === 0,
    );
    expect(indexed.sort()).toEqual(reader.map((n) => n.path));
  });

  it("finds the 7 rules with `tags: [, detection_rule]` by `tag: detection_rule`", () => {
    const broken = reference.filter((n) => /^tags: \[\s*,\s*detection_rule\s*\]\s*$/m.test(n.text));
    expect(broken).toHaveLength(7);
    const found = new Set(query("tag: detection_rule"));
    for (const rule of broken) {
      expect(found.has(rule.path)).toBe(true);
      expect(note(rule.path)?.tags).toEqual(["detection_rule"]);
    }
    expect(vault.reports.filter((r) => broken.some((b) => b.path === r.path))).toEqual([]);
  });

  it("spells tactics as BRIEF.md says: names, then underscored tags with a leading `_` after the first", () => {
    let multiTactic = 0;
    for (const technique of techniqueNotes()) {
      const names = technique.technique?.tactics ?? [];
      expect(names.length, technique.path).toBeGreaterThan(0);
      const expected = names.map((name, i) => (i === 0 ? "" : "_") + name.replace(/ /g, "_"));
      expect(technique.tags.slice(2), technique.path).toEqual(expected);
      if (names.length > 1) multiTactic++;
    }
    expect(multiTactic).toBeGreaterThan(50);
    // So `tag: Persistence` finds only notes where Persistence is the first tactic.
    const t1037 = "Use Cases/T1037 - Boot or Logon Initialization Scripts.md";
    expect(note(t1037)?.technique?.tactics).toEqual(["Persistence", "Privilege Escalation"]);
    expect(query("tag: Privilege_Escalation tag: techniques")).not.toContain(t1037);
    expect(query("tag: _Privilege_Escalation tag: techniques")).toContain(t1037);
    // Rule notes use the lower-case form.
    const ruleTactics = rules.flatMap((n) => n.tags).filter((t) => t.includes("evasion"));
    expect(new Set(ruleTactics)).toEqual(new Set(["defense_evasion"]));
  });

  it("reports and recovers the 15 technique notes that are not valid UTF-8", () => {
    const reports = vault.reports.filter((r) => r.message.includes("UTF-8"));
    expect(reports).toHaveLength(15);
    for (const report of reports) {
      expect(report.outcome).toBe("recovered");
      expect(report.path.startsWith("Use Cases/")).toBe(true);
      expect(note(report.path)?.kind).toBe("technique");
      expect(note(report.path)?.queryBlocks).toHaveLength(2);
    }
    expect(vault.reports.filter((r) => !r.message.includes("UTF-8"))).toEqual([]);
  });

  it("loads the file whose name holds a mis-decoded character", () => {
    const path = "Use Cases/T1055.013 - Process Injection- Process Doppelg\u201enging.md";
    expect(note(path)?.technique?.id).toBe("T1055.013");
    expect(query("tag: T1055_013 tag: techniques")).toEqual([path]);
  });

  it("indexes the 233 test notes that share a file name with a technique note separately", () => {
    const shared = [...vault.index.pathsOfKind("test")].filter((p) =>
      vault.index.getNote(p.replace(/^Testing Runbooks\//, "Use Cases/")),
    );
    expect(shared).toHaveLength(233);
    for (const path of shared) {
      const twin = note(path.replace(/^Testing Runbooks\//, "Use Cases/"));
      expect(twin?.kind).toBe("technique");
      expect(twin?.technique?.id).toBe(note(path)?.techniques[0]);
      expect(note(path)?.kind).toBe("test");
    }
  });

  it("holds no text the extractor reads as an inline tag", () => {
    // Derived once by running the extractor over every note body, and checked by reading
    // every `#` that starts a word (grep '(^|\s)#[^\s#]'): they are numbers of atomic
    // tests ("Atomic Test #1", digits only, no tag) and, inside code fences of test
    // notes, shell and PowerShell comments (`#Set ...`) and `#{input}` arguments. No note
    // body holds a tag, so every tag comes from frontmatter; the set must stay empty.
    const inline = new Set<string>();
    for (const ref of reference) {
      const body = ref.text.startsWith("---\n")
        ? ref.text.slice(ref.text.indexOf("\n---", 3) + 4)
        : ref.text;
      for (const tag of readBody(body).inlineTags) inline.add(tag);
    }
    expect([...inline]).toEqual([]);
    for (const ref of reference)
      expect(note(ref.path)?.tags.map((t) => t.toLowerCase())).toEqual([
        ...new Set(ref.tags.filter((t) => t !== "")),
      ]);
  });
});
