import { describe, expect, it } from "vitest";
import { bundledCatalogue, Catalogue } from "../../../src/core/attack/catalogue";

const catalogue = bundledCatalogue();

describe("bundled catalogue", () => {
  it("lists the fourteen Enterprise tactics in matrix order", () => {
    expect(catalogue.tactics.map((t) => t.shortname)).toEqual([
      "reconnaissance",
      "resource-development",
      "initial-access",
      "execution",
      "persistence",
      "privilege-escalation",
      "defense-evasion",
      "credential-access",
      "discovery",
      "lateral-movement",
      "collection",
      "command-and-control",
      "exfiltration",
      "impact",
    ]);
    expect(catalogue.tactic("lateral-movement")).toMatchObject({
      id: "TA0008",
      name: "Lateral Movement",
    });
  });

  it("knows T1059.001 PowerShell", () => {
    const technique = catalogue.get("T1059.001");
    expect(technique).toMatchObject({
      name: "PowerShell",
      tactics: ["execution"],
      platforms: ["Windows"],
      parent: "T1059",
      subtechniques: [],
    });
    expect(catalogue.get("T1059")?.subtechniques).toContain("T1059.001");
  });

  it("gives T1078 its four tactics in matrix order and no parent", () => {
    const technique = catalogue.get("T1078");
    expect(technique?.tactics).toEqual([
      "initial-access",
      "persistence",
      "privilege-escalation",
      "defense-evasion",
    ]);
    expect(technique?.parent).toBeUndefined();
    expect(technique?.subtechniques).toEqual(["T1078.001", "T1078.002", "T1078.003", "T1078.004"]);
  });

  it("follows a revoked identifier through its chain to the active successor", () => {
    const status = catalogue.status("T1073");
    expect(status.state).toBe("revoked");
    expect(status.state === "revoked" ? status.successor?.id : undefined).toBe("T1574.001");
  });

  it("tells deprecated, unknown and active apart", () => {
    expect(catalogue.status("T1026")).toEqual({ state: "deprecated" });
    expect(catalogue.status("T9999")).toEqual({ state: "unknown" });
    expect(catalogue.status("T1595").state).toBe("active");
    expect(catalogue.get("T1073")).toBeUndefined();
  });

  it("lists every active technique once, sub-techniques with a known parent", () => {
    const all = catalogue.all();
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    for (const technique of all) {
      if (technique.parent !== undefined) expect(catalogue.get(technique.parent)).toBeDefined();
    }
  });
});

describe("Catalogue", () => {
  it("stops on a revoked cycle and reports no successor", () => {
    const looping = new Catalogue({
      attackVersion: "0",
      tactics: [],
      platforms: [],
      techniques: [],
      revoked: { T1001: "T1002", T1002: "T1001" },
      deprecated: [],
    });
    expect(looping.status("T1001")).toEqual({ state: "revoked" });
  });
});
