import { describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import {
  buildTechniqueGraph,
  linkMapFor,
  type GraphOptions,
  type TechniqueGraph,
} from "../../../src/core/graph";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { indexOf, ruleNote, rulesFor, techniqueNote, testNote } from "./fixtures";

const catalogue = bundledCatalogue();
const LSASS = techniqueNote("T1003.001", "LSASS Memory", {
  links: ["https://attack.mitre.org/techniques/T1550", "https://attack.mitre.org/tactics/TA0008"],
});
const DUMPING = techniqueNote("T1003", "OS Credential Dumping");
const SAM = techniqueNote("T1003.002", "Security Account Manager");

function graphOf(
  index: VaultIndex,
  path: string,
  options: Partial<GraphOptions> = {},
): TechniqueGraph {
  const result = buildTechniqueGraph(index, catalogue, path, options);
  if (!result.ok) throw new Error(`no graph: ${result.reason}`);
  return result.graph;
}

const ids = (graph: TechniqueGraph, depth?: number): string[] =>
  graph.nodes.filter((n) => depth === undefined || n.depth === depth).map((n) => n.id);

const edgeKinds = (graph: TechniqueGraph, to: string): string[] =>
  graph.edges.filter((e) => e.to === to).map((e) => e.kind);

describe("buildTechniqueGraph around a sub-technique", () => {
  const index = indexOf([LSASS, DUMPING, SAM]);

  it("shows its tactic from the catalogue, its parent, and the techniques it links to", () => {
    const graph = graphOf(index, LSASS.path);
    expect(graph.centres).toEqual(["technique:T1003.001"]);
    expect(ids(graph, 1)).toEqual(["tactic:TA0006", "technique:T1003", "technique:T1550"]);
    expect(edgeKinds(graph, "tactic:TA0006")).toEqual(["tactic"]);
    expect(edgeKinds(graph, "technique:T1003")).toEqual(["parent"]);
    expect(edgeKinds(graph, "technique:T1550")).toEqual(["links-to"]);
  });

  it("shows siblings only through the parent, at depth 2", () => {
    expect(ids(graphOf(index, LSASS.path))).not.toContain("technique:T1003.002");
    const deep = graphOf(index, LSASS.path, { depth: 2 });
    expect(ids(deep, 2)).toContain("technique:T1003.002");
    expect(deep.edges).toContainEqual({
      from: "technique:T1003",
      to: "technique:T1003.002",
      kind: "subtechnique",
    });
    expect(
      deep.edges.some((e) => e.from === "technique:T1003.001" && e.to === "technique:T1003.002"),
    ).toBe(false);
  });

  it("does not repeat the parent relation as the parent's sub-technique edge", () => {
    const deep = graphOf(index, LSASS.path, { depth: 2 });
    const between = deep.edges.filter(
      (e) =>
        [e.from, e.to].includes("technique:T1003") &&
        [e.from, e.to].includes("technique:T1003.001"),
    );
    expect(between).toEqual([
      { from: "technique:T1003.001", to: "technique:T1003", kind: "parent" },
    ]);
  });

  it("gives each technique node its name, local note and coverage", () => {
    const withRules = indexOf([
      LSASS,
      DUMPING,
      ...rulesFor("T1003", 3),
      testNote("T1003", "OS Credential Dumping"),
    ]);
    const parent = graphOf(withRules, LSASS.path).nodes.find((n) => n.id === "technique:T1003");
    expect(parent).toMatchObject({
      name: "OS Credential Dumping",
      path: DUMPING.path,
      coverage: { rules: 3, tests: 1 },
    });
    const linked = graphOf(withRules, LSASS.path).nodes.find((n) => n.id === "technique:T1550");
    expect(linked?.path).toBeUndefined();
    expect(linked?.state).toBe("active");
  });
});

describe("buildTechniqueGraph around a parent technique", () => {
  it("lists its sub-techniques from the catalogue", () => {
    const graph = graphOf(indexOf([LSASS, DUMPING]), DUMPING.path);
    const subs = graph.edges.filter((e) => e.kind === "subtechnique").map((e) => e.to);
    expect(subs).toEqual(catalogue.get("T1003")?.subtechniques.map((id) => `technique:${id}`));
  });

  it("folds relations past the cap into one node holding the rest", () => {
    const graph = graphOf(indexOf([DUMPING]), DUMPING.path, { maxPerRelation: 4 });
    const subs = graph.edges.filter((e) => e.kind === "subtechnique").map((e) => e.to);
    expect(subs).toEqual([
      "technique:T1003.001",
      "technique:T1003.002",
      "technique:T1003.003",
      "more:subtechnique:technique:T1003",
    ]);
    const more = graph.nodes.find((n) => n.kind === "more");
    expect(more?.count).toBe((catalogue.get("T1003")?.subtechniques.length ?? 0) - 3);
    expect(more?.members?.[0]).toBe("T1003.004");
  });
});

describe("links between technique notes", () => {
  it("resolves wiki-links to technique notes, not to test notes of the same name", () => {
    const linking = techniqueNote("T1059", "Command and Scripting Interpreter", {
      links: ["T1003 - OS Credential Dumping", "Testing Runbooks/T1055 - Process Injection"],
    });
    const index = indexOf([linking, DUMPING, testNote("T1055", "Process Injection")]);
    const graph = graphOf(index, linking.path);
    expect(edgeKinds(graph, "technique:T1003")).toEqual(["links-to"]);
    expect(ids(graph)).not.toContain("technique:T1055");
  });

  it("reads bare identifiers in the text only when the option allows", () => {
    const index = indexOf([LSASS]);
    const text = "Often followed by T1078 and seen with S0002 and G0016.";
    expect(ids(graphOf(index, LSASS.path, { text }))).not.toContain("technique:T1078");
    const graph = graphOf(index, LSASS.path, { text, bareIdentifiers: true });
    expect(edgeKinds(graph, "technique:T1078")).toEqual(["links-to"]);
    expect(edgeKinds(graph, "software:S0002")).toEqual(["mentions"]);
    expect(edgeKinds(graph, "group:G0016")).toEqual(["mentions"]);
  });

  it("shows software and groups named by attack.mitre.org URLs", () => {
    const note = techniqueNote("T1550", "Use Alternate Authentication Material", {
      links: ["https://attack.mitre.org/software/S0002", "https://attack.mitre.org/groups/G0007/"],
    });
    const graph = graphOf(indexOf([note]), note.path);
    expect(
      graph.nodes.filter((n) => n.kind === "software" || n.kind === "group").map((n) => n.label),
    ).toEqual(["S0002", "G0007"]);
  });

  it("shows techniques whose notes link here, and follows changes to the index", () => {
    const index = indexOf([LSASS, techniqueNote("T1550", "Use Alternate Authentication Material")]);
    const target = "Use Cases/T1550 - Use Alternate Authentication Material.md";
    expect(edgeKinds(graphOf(index, target), "technique:T1003.001")).toEqual(["linked-from"]);

    const later = techniqueNote("T1021", "Remote Services", {
      links: ["https://attack.mitre.org/techniques/T1550/002"],
    });
    index.upsert(later);
    index.upsert(techniqueNote("T1003.001", "LSASS Memory"));
    const graph = graphOf(index, target);
    expect(ids(graph)).not.toContain("technique:T1003.001");
    expect(ids(graph)).not.toContain("technique:T1021");
    expect(edgeKinds(graphOf(index, later.path), "technique:T1550.002")).toEqual(["links-to"]);

    index.upsert(
      techniqueNote("T1021", "Remote Services", {
        links: ["https://attack.mitre.org/techniques/T1550"],
      }),
    );
    expect(edgeKinds(graphOf(index, target), "technique:T1021")).toEqual(["linked-from"]);
  });
});

describe("rules and tests", () => {
  it("shows up to the threshold of rules one by one", () => {
    const graph = graphOf(indexOf([LSASS, ...rulesFor("T1003.001", 8)]), LSASS.path);
    expect(graph.nodes.filter((n) => n.kind === "rule")).toHaveLength(8);
    expect(graph.nodes.some((n) => n.kind === "rule-group")).toBe(false);
  });

  it("folds rules past the threshold into one node with a breakdown by level", () => {
    const rules = rulesFor("T1003.001", 9, ["high", "critical", "medium"]);
    const graph = graphOf(indexOf([LSASS, ...rules]), LSASS.path);
    expect(graph.nodes.filter((n) => n.kind === "rule")).toHaveLength(0);
    const group = graph.nodes.find((n) => n.kind === "rule-group");
    expect(group).toMatchObject({ count: 9, label: "9" });
    expect(group?.breakdown).toEqual([
      { key: "critical", count: 3 },
      { key: "high", count: 3 },
      { key: "medium", count: 3 },
    ]);
    expect(edgeKinds(graph, group?.id ?? "")).toEqual(["detected-by"]);
  });

  it("honours a different threshold", () => {
    const graph = graphOf(indexOf([LSASS, ...rulesFor("T1003.001", 5)]), LSASS.path, {
      groupThreshold: 4,
    });
    expect(graph.nodes.find((n) => n.kind === "rule-group")?.count).toBe(5);
  });

  it("shows the test note that carries the technique", () => {
    const test = testNote("T1003.001", "LSASS Memory");
    const graph = graphOf(indexOf([LSASS, test]), LSASS.path);
    expect(edgeKinds(graph, `note:${test.path}`)).toEqual(["tested-by"]);
  });
});

describe("a rule note as the centre", () => {
  it("centres on every technique the rule carries and keeps the rule itself visible", () => {
    const rule = ruleNote("Dump and inject", ["T1003.001", "T1055"]);
    const index = indexOf([LSASS, rule, ...rulesFor("T1003.001", 12)]);
    const graph = graphOf(index, rule.path);
    expect(graph.centres).toEqual(["technique:T1003.001", "technique:T1055"]);
    const own = graph.nodes.find((n) => n.id === `note:${rule.path}`);
    expect(own).toMatchObject({ kind: "rule", current: true });
    expect(edgeKinds(graph, own?.id ?? "")).toEqual(["detected-by", "detected-by"]);
    expect(graph.nodes.find((n) => n.kind === "rule-group")?.count).toBe(12);
  });
});

describe("when there is no graph or the identifier is odd", () => {
  it("says why there is no graph", () => {
    const other = { ...LSASS, path: "Inbox/idea.md", kind: "other" as const, techniques: [] };
    const index = indexOf([other, ruleNote("No technique", [])]);
    expect(buildTechniqueGraph(index, catalogue, "missing.md")).toEqual({
      ok: false,
      reason: "no-note",
    });
    expect(buildTechniqueGraph(index, catalogue, other.path)).toEqual({
      ok: false,
      reason: "no-technique",
    });
    expect(buildTechniqueGraph(index, catalogue, "Detection Rules/No technique.md")).toEqual({
      ok: false,
      reason: "no-technique",
    });
  });

  it("notes an unknown identifier and a revoked one with its successor", () => {
    const unknown = techniqueNote("T1999", "Made up");
    const revoked = techniqueNote("T1004", "Winlogon Helper DLL");
    const index = indexOf([unknown, revoked]);
    expect(graphOf(index, unknown.path).notices).toEqual([{ kind: "unknown", id: "T1999" }]);
    expect(graphOf(index, revoked.path).notices).toEqual([
      { kind: "revoked", id: "T1004", successor: "T1547.004" },
    ]);
  });

  it("takes tactics from the note when the catalogue does not know the technique", () => {
    const unknown = techniqueNote("T1999", "Made up", {
      tactics: "Defense Evasion, Persistence, Made Up",
    });
    const graph = graphOf(indexOf([unknown]), unknown.path);
    expect(graph.nodes.filter((n) => n.kind === "tactic").map((n) => n.id)).toEqual([
      "tactic:TA0005",
      "tactic:TA0003",
      "tactic:made up",
    ]);
  });
});

describe("depth 2 limits", () => {
  it("stops growing the outer ring at the node limit and says so", () => {
    const index = indexOf([DUMPING]);
    const graph = graphOf(index, DUMPING.path, { depth: 2, maxNodes: 5 });
    expect(graph.notices).toContainEqual({ kind: "truncated", shown: graph.nodes.length });
    expect(graph.nodes.filter((n) => n.depth === 2)).toHaveLength(0);
  });

  it("leaves out links between nodes already drawn, but keeps the hierarchy", () => {
    const hub = techniqueNote("T1595", "Active Scanning", {
      links: [
        "https://attack.mitre.org/techniques/T1592",
        "https://attack.mitre.org/techniques/T1590",
      ],
    });
    const a = techniqueNote("T1592", "Gather Victim Host Information", {
      links: ["https://attack.mitre.org/techniques/T1590"],
    });
    const graph = graphOf(
      indexOf([hub, a, techniqueNote("T1590", "Gather Victim Network Information")]),
      hub.path,
      {
        depth: 2,
      },
    );
    const between = (x: string, y: string) =>
      graph.edges.filter((e) => [e.from, e.to].includes(x) && [e.from, e.to].includes(y));
    expect(between("technique:T1592", "technique:T1590")).toEqual([]);
    expect(between("technique:T1595", "technique:T1590")).toHaveLength(1);
  });

  it("keeps depth 1 free of second-ring nodes", () => {
    const graph = graphOf(indexOf([LSASS, DUMPING, SAM]), LSASS.path, { depth: 1 });
    expect(graph.depth).toBe(1);
    expect(graph.nodes.every((n) => n.depth <= 1)).toBe(true);
  });
});

describe("linkMapFor", () => {
  it("keeps its map while only rules change, and rebuilds it when a technique note changes", () => {
    const index = indexOf([LSASS, DUMPING]);
    const first = linkMapFor(index);
    index.upsert(ruleNote("Another rule", ["T1003.001"]));
    expect(linkMapFor(index)).toBe(first);
    index.upsert(SAM);
    const second = linkMapFor(index);
    expect(second).not.toBe(first);
    expect(second.notesOf("T1003.002")).toEqual([SAM.path]);
    index.remove(SAM.path);
    expect(linkMapFor(index).notesOf("T1003.002")).toEqual([]);
  });

  it("notices a technique note that became a rule note", () => {
    const index = indexOf([LSASS]);
    expect(linkMapFor(index).notesOf("T1003.001")).toEqual([LSASS.path]);
    index.upsert({ ...ruleNote("x", ["T1003.001"]), path: LSASS.path });
    expect(linkMapFor(index).notesOf("T1003.001")).toEqual([]);
  });
});
