import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { notesWithAll, readReferenceVault, type ReferenceNote } from "./reference";
import { HAS_REAL_VAULT, SKIP_NOTE } from "./vault-location";

/** The built command line, run as users run it, on the vault path as users write it. */
function runBuiltCli(query: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(
    process.execPath,
    ["bin/attack-lens.cjs", "query", "../shared/vault-sample", query, "--json", "--quiet"],
    { encoding: "utf8" },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const BLOCKS: [string, string[]][] = [
  ["tag: detection_rule tag: T1003_001", ["detection_rule", "t1003_001"]],
  ["tag: atomic_test\ntag: T1003_001", ["atomic_test", "t1003_001"]],
  ["tag: detection_rule\ntag: T1059", ["detection_rule", "t1059"]],
  ["tag: detection_rule\ntag: T1566_001", ["detection_rule", "t1566_001"]],
];

describe.skipIf(!HAS_REAL_VAULT)(`the built command line on the real vault${SKIP_NOTE}`, () => {
  let reference: ReferenceNote[];

  beforeAll(() => {
    // `npm test` builds first; a bare `vitest run` may not have.
    if (!existsSync("dist/cli.cjs")) execFileSync("npm", ["run", "build"], { stdio: "ignore" });
    reference = readReferenceVault("../shared/vault-sample");
  });

  it.each(BLOCKS)("answers %j like the reference", (query, tags) => {
    const output = runBuiltCli(query);
    expect(output.stderr).toBe("");
    expect(output.code).toBe(0);
    const parsed = JSON.parse(output.stdout) as { query: string; matches: { path: string }[] };
    expect(parsed.query).toBe(query);
    const expected = notesWithAll(reference, tags);
    expect(expected.length).toBeGreaterThan(0);
    expect(parsed.matches.map((m) => m.path)).toEqual(expected);
  });
});
