import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../src/core/attack/catalogue";
import { buildAndLayoutTechniqueGraph, type TechniqueGraph } from "../../src/core/graph";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { loadVault } from "../../src/headless/load-vault";

const VAULT = "../shared/vault-sample";
const present = existsSync(VAULT);
if (!present) console.warn(`graph real-vault tests skipped: ${VAULT} is absent`);

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";

describe.skipIf(!present)("technique graph on the real vault", () => {
  const { index } = present ? loadVault(VAULT, DEFAULT_KIND_TAGS) : { index: undefined };

  function graphOf(path: string, depth: 1 | 2 = 1): TechniqueGraph {
    if (!index) throw new Error("no vault");
    const result = buildAndLayoutTechniqueGraph(index, bundledCatalogue(), path, { depth });
    if (!result.ok) throw new Error(result.reason);
    return result.graph;
  }

  const targets = (graph: TechniqueGraph, kind: string): string[] =>
    graph.edges.filter((e) => e.from === "technique:T1003.001" && e.kind === kind).map((e) => e.to);

  it("shows T1003.001's tactic, parent and the techniques its text links to", () => {
    const graph = graphOf(LSASS);
    expect(targets(graph, "tactic")).toEqual(["tactic:TA0006"]);
    expect(graph.nodes.find((n) => n.id === "tactic:TA0006")?.label).toBe("Credential Access");
    expect(targets(graph, "parent")).toEqual(["technique:T1003"]);
    // The note links to T1550 (Use Alternate Authentication Material) and T1055 (Process
    // Injection); its TA0008 link is a tactic page, not a technique.
    expect(targets(graph, "links-to").sort()).toEqual(["technique:T1055", "technique:T1550"]);
    expect(graph.nodes.find((n) => n.id === "technique:T1003")?.path).toBe(
      "Use Cases/T1003 - OS Credential Dumping.md",
    );
  });

  it("groups its 68 rules into one node and shows its test note", () => {
    const graph = graphOf(LSASS);
    const rules = graph.nodes.find((n) => n.kind === "rule-group");
    expect(rules?.count).toBe(68);
    expect(rules?.breakdown?.reduce((sum, item) => sum + item.count, 0)).toBe(68);
    expect(targets(graph, "tested-by")).toEqual([
      "note:Testing Runbooks/T1003.001 - OS Credential Dumping- LSASS Memory.md",
    ]);
    expect(graph.nodes.find((n) => n.id === "technique:T1003.001")?.coverage).toEqual({
      rules: 68,
      tests: 1,
    });
  });

  it("shows the siblings only at depth 2, through the parent", () => {
    const sibling = "technique:T1003.002";
    expect(graphOf(LSASS, 1).nodes.map((n) => n.id)).not.toContain(sibling);
    const deep = graphOf(LSASS, 2);
    expect(deep.nodes.find((n) => n.id === sibling)?.depth).toBe(2);
    expect(deep.edges).toContainEqual({
      from: "technique:T1003",
      to: sibling,
      kind: "subtechnique",
    });
  });

  it("finds T1003.001 among the technique notes that link to T1550", () => {
    const graph = graphOf("Use Cases/T1550 - Use Alternate Authentication Material.md");
    const linkedFrom = graph.edges.filter((e) => e.kind === "linked-from").map((e) => e.to);
    expect(linkedFrom).toEqual(expect.arrayContaining(["technique:T1003.001", "technique:T1606"]));
    expect(graph.nodes.find((n) => n.id === "technique:T1003.001")?.path).toBe(LSASS);
  });
});
