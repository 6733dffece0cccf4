import { describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import { coverageOfTechniqueNotes } from "../../../src/core/coverage/note-coverage";
import { indexOf, modelOf, rule, techniqueNote, test } from "./builders";

const credentialNotes = [
  rule("r/a.md", { tags: ["t1003_001"], level: "high" }),
  rule("r/b.md", { tags: ["t1003", "t1003_001"], level: "critical" }),
  rule("r/c.md", { tags: ["t1003"], level: "low" }),
  test("t/lsass.md", ["T1003_001"], ["windows"], 3),
];

describe("counts", () => {
  it("counts rules and tests carried by each exact identifier", () => {
    const model = modelOf(credentialNotes);
    const parent = model.rows.get("T1003");
    const sub = model.rows.get("T1003.001");
    expect(parent?.rules).toEqual(["r/b.md", "r/c.md"]);
    expect(parent?.exact).toMatchObject({
      rules: 2,
      weightedRules: 7,
      testNotes: 0,
      state: "rules-only",
    });
    expect(sub?.exact).toMatchObject({ rules: 2, weightedRules: 9, testNotes: 1, atomicTests: 3 });
    expect(sub?.exact.state).toBe("rules-and-tests");
    expect(sub?.exact.rulesByLevel).toMatchObject({ high: 1, critical: 1, low: 0 });
  });

  it("rolls sub-techniques into the parent without counting a rule twice", () => {
    const parent = modelOf(credentialNotes, { rollUp: true }).rows.get("T1003");
    expect(parent?.rolledRules).toEqual(["r/a.md", "r/b.md", "r/c.md"]);
    expect(parent?.rolled).toMatchObject({
      rules: 3,
      weightedRules: 11,
      testNotes: 1,
      atomicTests: 3,
    });
    expect(parent?.rolled.state).toBe("rules-and-tests");
  });

  it("weighs a rule with no known level like an informational one", () => {
    const model = modelOf([rule("r/x.md", { tags: ["t1003"], level: "" })]);
    expect(model.rows.get("T1003")?.exact).toMatchObject({ weightedRules: 1 });
    expect(model.rows.get("T1003")?.exact.rulesByLevel.other).toBe(1);
  });

  it("gives every catalogue technique a row even when nothing covers it", () => {
    const model = modelOf([]);
    expect(model.rows.size).toBe(bundledCatalogue().all().length);
    expect(model.rows.get("T1595")?.exact.state).toBe("none");
  });
});

describe("identifiers the catalogue does not list as active", () => {
  it("counts a revoked identifier under its successor and lists the tag", () => {
    const model = modelOf([rule("r/old.md", { tags: ["t1004"] })]);
    expect(model.rows.has("T1004")).toBe(false);
    expect(model.rows.get("T1547.004")?.rules).toEqual(["r/old.md"]);
    expect(model.rows.get("T1547.004")?.aliases).toEqual(["T1004"]);
    expect(model.gaps.revokedTags).toEqual([
      { id: "T1004", state: "revoked", successor: "T1547.004", paths: ["r/old.md"] },
    ]);
  });

  it("keeps an unknown identifier as its own flagged row, placed by no tactic", () => {
    const model = modelOf([rule("r/new.md", { tags: ["t9999"] })]);
    expect(model.rows.get("T9999")).toMatchObject({ state: "unknown", rules: ["r/new.md"] });
    expect(model.unplaced.map((e) => e.id)).toEqual(["T9999"]);
    expect(model.gaps.unknownTags.map((i) => i.id)).toEqual(["T9999"]);
  });

  it("places an unknown sub-technique under its known parent and rolls it up", () => {
    const model = modelOf([rule("r/sub.md", { tags: ["t1003_999"] })], { rollUp: true });
    expect(model.rows.get("T1003.999")).toMatchObject({
      parent: "T1003",
      tactics: ["credential-access"],
    });
    expect(model.rows.get("T1003")?.rolled.rules).toBe(1);
    const column = model.columns.find((c) => c.tactic.shortname === "credential-access");
    expect(column?.entries.find((e) => e.id === "T1003")?.subtechniques).toContain("T1003.999");
  });

  it("flags a deprecated identifier", () => {
    const model = modelOf([test("t/dep.md", ["T1026"])]);
    expect(model.rows.get("T1026")?.state).toBe("deprecated");
    expect(model.gaps.deprecatedTags).toEqual([
      { id: "T1026", state: "deprecated", paths: ["t/dep.md"] },
    ]);
  });

  it("takes an unknown technique's tactics from its technique note", () => {
    const notes = [techniqueNote("T9998", "Made Up", "Defense Evasion, Persistence")];
    expect(modelOf(notes).rows.get("T9998")?.tactics).toEqual(["persistence", "defense-evasion"]);
  });
});

describe("filters", () => {
  it("counts only rules of the chosen levels and statuses", () => {
    const notes = [
      ...credentialNotes,
      rule("r/d.md", { tags: ["t1003"], status: "stable", level: "high" }),
    ];
    expect(modelOf(notes, { levels: ["high"] }).rows.get("T1003")?.rules).toEqual(["r/d.md"]);
    expect(modelOf(notes, { statuses: ["stable"] }).rows.get("T1003")?.rules).toEqual(["r/d.md"]);
    expect(modelOf(notes, { levels: ["HIGH", "low"] }).rows.get("T1003")?.exact.rules).toBe(2);
  });

  it("keeps techniques and tests of the chosen platform only", () => {
    const notes = [...credentialNotes, test("t/linux.md", ["T1003_008"], ["linux"])];
    const model = modelOf(notes, { platforms: ["Linux"] });
    expect(model.visible).not.toContain("T1003.001");
    expect(model.visible).toContain("T1003.008");
    expect(model.rows.get("T1003.001")?.tests).toEqual([]);
    expect(model.rows.get("T1003.008")?.tests).toEqual(["t/linux.md"]);
  });

  it("reads Atomic Red Team platform names as ATT&CK's", () => {
    const model = modelOf([test("t/aws.md", ["T1078_004"], ["iaas:aws"])], { platforms: ["IaaS"] });
    expect(model.rows.get("T1078.004")?.tests).toEqual(["t/aws.md"]);
  });

  it("keeps only the chosen tactic columns", () => {
    const model = modelOf(credentialNotes, { tactics: ["credential-access"] });
    expect(model.columns.map((c) => c.tactic.shortname)).toEqual(["credential-access"]);
    expect(
      model.visible.every((id) => model.rows.get(id)?.tactics.includes("credential-access")),
    ).toBe(true);
  });

  it("searches names and identifiers, showing a parent for its matching sub-techniques", () => {
    const model = modelOf(credentialNotes, { search: "lsass" });
    expect(model.visible).toEqual(["T1003.001", "T1547.008"]); // LSASS Memory, LSASS Driver
    const entry = model.columns.flatMap((c) => c.entries).find((e) => e.id === "T1003");
    expect(entry).toEqual({ id: "T1003", matches: false, subtechniques: ["T1003.001"] });
    expect(modelOf(credentialNotes, { search: "t1003_001" }).visible).toEqual(["T1003.001"]);
  });
});

describe("matrix, summary and gaps", () => {
  it("lays tactics out in matrix order with techniques sorted by name", () => {
    const model = modelOf([]);
    expect(model.columns.map((c) => c.tactic.shortname)).toEqual(
      bundledCatalogue().tactics.map((t) => t.shortname),
    );
    const names = model.columns[0]?.entries.map((e) => model.rows.get(e.id)?.name ?? "") ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("counts a technique under several tactics once overall and once per tactic", () => {
    const model = modelOf([rule("r/v.md", { tags: ["t1078"] })]);
    expect(model.summary.overall.withRule).toBe(1);
    const tactics = bundledCatalogue().get("T1078")?.tactics ?? [];
    expect(tactics.length).toBeGreaterThan(1);
    for (const tactic of tactics) expect(model.summary.byTactic.get(tactic)?.withRule).toBe(1);
  });

  it("sums rules, tests and both over the visible techniques", () => {
    const exact = modelOf(credentialNotes, { tactics: ["credential-access"] }).summary.byTactic;
    expect(exact.get("credential-access")).toMatchObject({ withRule: 2, withTest: 1, withBoth: 1 });
    const rolled = modelOf(credentialNotes, { rollUp: true }).summary.overall;
    expect(rolled).toMatchObject({ withRule: 2, withTest: 2, withBoth: 2 });
  });

  it("lists techniques lacking rules or tests, and rules with no technique tag", () => {
    const notes = [...credentialNotes, rule("r/none.md", { tags: ["windows"] })];
    const gaps = modelOf(notes).gaps;
    expect(gaps.unmappedRules).toEqual(["r/none.md"]);
    expect(gaps.rulesNeverTested).toEqual(["T1003"]);
    expect(gaps.noRule).not.toContain("T1003.001");
    expect(gaps.noTest).toContain("T1003");
    expect(gaps.noTest).not.toContain("T1003.001");
  });

  it("attaches each technique's note", () => {
    const model = modelOf([techniqueNote("T1003", "OS Credential Dumping")]);
    expect(model.rows.get("T1003")?.notePath).toBe("Use Cases/T1003 - OS Credential Dumping.md");
    expect(model.rows.get("T1003.001")?.notePath).toBeUndefined();
  });

  it("agrees with what the technique notes' own query blocks find", () => {
    const notes = [
      ...credentialNotes,
      techniqueNote("T1003", "OS Credential Dumping"),
      techniqueNote("T1003.001", "LSASS Memory"),
    ];
    const index = indexOf(notes);
    const model = modelOf(notes);
    const rolled = modelOf(notes, { rollUp: true });
    for (const row of coverageOfTechniqueNotes(index)) {
      expect(row.rules).toBe(model.rows.get(row.id)?.exact.rules);
      expect(row.tests).toBe(model.rows.get(row.id)?.exact.testNotes);
      expect(row.rulesWithSubtechniques).toBe(rolled.rows.get(row.id)?.rolled.rules);
    }
  });
});
