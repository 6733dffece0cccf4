import { describe, expect, it } from "vitest";
import { runCli } from "../../src/headless/cli";
import { FIXTURE_VAULT } from "./fixture-vault";

function expectUsageError(argv: string[], message: RegExp): void {
  const output = runCli(argv);
  expect(output.code).toBe(2);
  expect(output.stdout).toBe("");
  expect(output.stderr).toMatch(/^attack-lens: [^\n]+\n$/);
  expect(output.stderr).toMatch(message);
}

describe("attack-lens query", () => {
  it("prints JSON matches sorted by path", () => {
    const output = runCli([
      "query",
      FIXTURE_VAULT,
      "tag: detection_rule tag: T9001_001",
      "--json",
      "--quiet",
    ]);
    expect(output.code).toBe(0);
    expect(output.stderr).toBe("");
    expect(JSON.parse(output.stdout)).toEqual({
      query: "tag: detection_rule tag: T9001_001",
      matches: [
        { path: "Detection Rules/rule_child.md", title: "Child rule", kind: "rule" },
        { path: "Detection Rules/rule_crlf.md", title: "Windows line endings", kind: "rule" },
      ],
    });
  });

  it("gives the same matches for every spelling of a technique", () => {
    const run = (tag: string): unknown =>
      (
        JSON.parse(runCli(["query", FIXTURE_VAULT, `tag:${tag}`, "--json"]).stdout) as {
          matches: unknown;
        }
      ).matches;
    expect(run("T9001.001")).toEqual(run("T9001_001"));
    expect(run("t9001_001")).toEqual(run("T9001_001"));
  });

  it("prints a table with a count, and lists recovered files on stderr", () => {
    const output = runCli(["query", FIXTURE_VAULT, "tag:T9001 tag:detection_rule"]);
    expect(output.code).toBe(0);
    expect(output.stdout.split("\n")).toEqual([
      "Path                            Title                          Kind",
      "------------------------------  -----------------------------  ----",
      "Detection Rules/rule_bom.md     Starts with a byte order mark  rule",
      "Detection Rules/rule_parent.md  Parent rule                    rule",
      "2 matching note(s)",
      "",
    ]);
    expect(output.stderr).toContain("attack-lens: odd/js-frontmatter.md: recovered:");
    expect(output.stderr.trimEnd().split("\n")).toHaveLength(5);
  });

  it("exits 2 with one line for a broken query", () => {
    expectUsageError(
      ["query", FIXTURE_VAULT, "tag:x (", "--quiet"],
      /^attack-lens: broken query at line \d+, column \d+: /,
    );
  });

  it("exits 2 with one line for bad usage", () => {
    expectUsageError([], /missing command/);
    expectUsageError(["frobnicate"], /unknown command "frobnicate"/);
    expectUsageError(["query"], /missing "<query>"/);
    expectUsageError(["query", FIXTURE_VAULT], /missing "<query>"/);
    expectUsageError(["query", FIXTURE_VAULT, "tag:a", "tag:b"], /too many arguments/);
    expectUsageError(["query", FIXTURE_VAULT, "tag:a", "--jsno"], /unknown option --jsno/);
    expectUsageError(["query", FIXTURE_VAULT, "tag:a", "--kind-rule"], /--kind-rule needs a value/);
    expectUsageError(["coverage"], /missing <vault>/);
  });

  it("exits 1 for a vault folder that does not exist", () => {
    const output = runCli(["query", `${FIXTURE_VAULT}/missing`, "tag:a"]);
    expect(output.code).toBe(1);
    expect(output.stderr).toMatch(
      /^attack-lens: .*is not a folder; give the path of a vault folder\n$/,
    );
  });

  it("prints help", () => {
    const output = runCli(["--help"]);
    expect(output.code).toBe(0);
    expect(output.stdout).toMatch(/^Usage:/);
  });

  it("follows kind tags given on the command line", () => {
    const output = runCli([
      "query",
      FIXTURE_VAULT,
      "tag:misdecoded",
      "--json",
      "--kind-rule",
      "misdecoded",
    ]);
    expect(JSON.parse(output.stdout)).toMatchObject({
      matches: [{ path: "odd/Mis\u00c3\u00a9decoded name.md", kind: "rule" }],
    });
  });
});

describe("attack-lens coverage", () => {
  it("prints each technique note's coverage as JSON", () => {
    const output = runCli(["coverage", FIXTURE_VAULT, "--json", "--quiet"]);
    expect(output.code).toBe(0);
    const parsed = JSON.parse(output.stdout) as { techniques: Record<string, unknown>[] };
    const byPath = new Map(parsed.techniques.map((row) => [row["path"], row]));
    expect(byPath.get("Use Cases/T9001 - Example Parent.md")).toMatchObject({
      id: "T9001",
      name: "Example Parent",
      tactics: ["Defense Evasion", "Persistence"],
      rules: 2,
      tests: 0,
      rulesWithSubtechniques: 4,
      testsWithSubtechniques: 1,
      brokenBlocks: [],
    });
    expect(byPath.get("Use Cases/T9001.001 - Example Child.md")).toMatchObject({
      id: "T9001.001",
      rules: 2,
      tests: 1,
    });
  });

  it("prints a table", () => {
    const output = runCli(["coverage", FIXTURE_VAULT, "--quiet"]);
    expect(output.code).toBe(0);
    expect(output.stdout).toMatch(/^Technique\s+Name\s+Rules\s+Tests/);
    expect(output.stdout).toMatch(/\nT9001\.001\s+Example Child\s+2\s+1\s+2\s+1\n/);
  });
});

describe("attack-lens options that could mislead", () => {
  const demo = "demo-vault";

  it("refuses an option value that is really the next option", () => {
    const output = runCli(["coverage", demo, "--format", "csv", "--out", "--force"]);
    expect(output.code).toBe(2);
    expect(output.stderr).toBe("attack-lens: --out needs a value\n");
  });

  it("refuses coverage options given to query", () => {
    const output = runCli(["query", demo, "tag: detection_rule", "--out", "x.txt"]);
    expect(output.code).toBe(2);
    expect(output.stderr).toContain("--out does not apply to query");
  });

  it("refuses a filter value that can match nothing, naming the valid ones", () => {
    const output = runCli(["coverage", demo, "--format", "csv", "--tactic", "bogus"]);
    expect(output.code).toBe(2);
    expect(output.stderr).toContain("credential-access");
  });

  it("reads a tactic in any of the vault's spellings", () => {
    const spellings = ["credential-access", "Credential Access", "credential_access"];
    const outputs = spellings.map((t) =>
      runCli(["coverage", demo, "--format", "csv", "--tactic", t]),
    );
    expect(outputs.map((o) => o.code)).toEqual([0, 0, 0]);
    expect(new Set(outputs.map((o) => o.stdout)).size).toBe(1);
    expect(outputs[0]?.stdout).toContain("T1003.001");
    expect(outputs[0]?.stdout).not.toContain("T1059.001");
  });

  it("points at a query error by line and column", () => {
    const output = runCli(["query", demo, "tag: a\ntag: b OR"]);
    expect(output.code).toBe(2);
    expect(output.stderr).toMatch(/^attack-lens: broken query at line 2, column 8: /);
  });
});
