import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../src/core/attack/catalogue";
import { blockResults } from "../../src/core/blocks/block-results";
import { navigatorLayer } from "../../src/core/coverage/export/navigator";
import { validateLayer } from "../../src/core/coverage/export/validate-layer";
import { measureValue } from "../../src/core/coverage/measure";
import { buildCoverageModel, type CoverageModel } from "../../src/core/coverage/model";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { parseQuery } from "../../src/core/query/parser";
import { runCli } from "../../src/headless/cli";
import { loadVault } from "../../src/headless/load-vault";

const VAULT = "../shared/vault-sample";
const present = existsSync(VAULT);
const title = present
  ? "coverage of the real vault"
  : `coverage of the real vault: skipped, ${VAULT} is absent`;

let index: VaultIndex;
let exact: CoverageModel;
let rolled: CoverageModel;

/** What a technique note's own query blocks find, by kind. */
function blockMatches(path: string): { rules: Set<string>; tests: Set<string> } {
  const found = { rules: new Set<string>(), tests: new Set<string>() };
  for (const text of index.getNote(path)?.queryBlocks ?? []) {
    const parsed = parseQuery(text);
    if (!parsed.ok) continue;
    const results = blockResults(parsed.query, index);
    for (const n of results.rules) found.rules.add(n.path);
    for (const n of results.tests) found.tests.add(n.path);
  }
  return found;
}

describe.skipIf(!present)(title, () => {
  beforeAll(() => {
    index = loadVault(VAULT, DEFAULT_KIND_TAGS).index;
    exact = buildCoverageModel(index, bundledCatalogue());
    rolled = buildCoverageModel(index, bundledCatalogue(), { rollUp: true });
  });

  it("finds, for each technique note, exactly what its own query blocks match", () => {
    const notes = [...index.pathsOfKind("technique")];
    expect(notes.length).toBe(625);
    for (const path of notes) {
      const id = index.getNote(path)?.technique?.id ?? "";
      const carried = exact.evidence.byIdentifier.get(id);
      const blocks = blockMatches(path);
      expect([...(carried?.rules ?? [])].sort(), path).toEqual([...blocks.rules].sort());
      expect([...(carried?.tests ?? [])].sort(), path).toEqual([...blocks.tests].sort());
      const row = exact.rows.get(id);
      if (row && row.aliases.length === 0)
        expect(row.rules, path).toEqual([...blocks.rules].sort());
    }
  });

  it("counts the revoked T1574.002 under its successor T1574.001", () => {
    const row = exact.rows.get("T1574.001");
    expect(row?.aliases).toEqual(["T1574.002"]);
    const both = [...exact.evidence.byIdentifier.entries()]
      .filter(([id]) => id === "T1574.001" || id === "T1574.002")
      .flatMap(([, carried]) => [...carried.rules]);
    expect(row?.rules).toEqual([...new Set(both)].sort());
    expect(exact.gaps.revokedTags.map((i) => i.id)).toEqual(["T1574.002"]);
  });

  it("lists the 338 rules that carry no technique tag", () => {
    expect(exact.gaps.unmappedRules).toHaveLength(338);
    for (const path of exact.gaps.unmappedRules)
      expect(index.getNote(path)?.techniques).toEqual([]);
  });

  it("shows parents with sub-technique rules as covered only when rolled up", () => {
    const parents = [...exact.rows.values()].filter(
      (r) => r.subtechniques.length > 0 && r.exact.rules === 0 && r.rolled.rules > 0,
    );
    expect(parents.length).toBeGreaterThan(0);
    expect(rolled.summary.overall.withRule - exact.summary.overall.withRule).toBe(parents.length);
  });

  it("agrees with attack-lens coverage on every technique's counts", () => {
    for (const [model, extra] of [
      [exact, []],
      [rolled, ["--rollup"]],
    ] as const) {
      const out = runCli(["coverage", VAULT, "--format", "json", "--quiet", ...extra]);
      expect(out.code).toBe(0);
      const json = JSON.parse(out.stdout) as {
        coverage: { techniques: { id: string; counts: unknown }[] };
      };
      const cli = new Map(json.coverage.techniques.map((t) => [t.id, t.counts]));
      expect([...cli.keys()]).toEqual(model.visible);
      for (const id of model.visible) {
        const row = model.rows.get(id);
        expect(cli.get(id), id).toEqual(model.options.rollUp ? row?.rolled : row?.exact);
      }
    }
  });

  it("exports a Navigator layer that validates and round-trips its scores", () => {
    const layer = navigatorLayer(exact, { name: "Real vault", measure: "weightedRules" });
    const parsed = JSON.parse(JSON.stringify(layer)) as {
      techniques: { techniqueID: string; score: number }[];
    };
    expect(validateLayer(parsed)).toEqual([]);
    const scores = new Map(parsed.techniques.map((t) => [t.techniqueID, t.score]));
    const expected = [...exact.rows.values()]
      .filter((r) => r.state === "active" && r.exact.weightedRules > 0)
      .map((r) => [r.id, measureValue(r.exact, "weightedRules")] as const);
    expect(new Map(expected)).toEqual(scores);
  });
});
