import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateLayer } from "../../src/core/coverage/export/validate-layer";
import { runCli } from "../../src/headless/cli";

let root: string;
let vault: string;

const RULE = `---\ntitle: "=HYPERLINK(evil)"\nlevel: high\nstatus: test\ntags: [t1003_001, detection_rule]\n---\nbody\n`;
const UNMAPPED = `---\ntitle: Lonely rule\nlevel: low\ntags: [detection_rule]\n---\n`;
const TEST = `---\ntags: [T1003_001, atomic_test]\n---\n## Atomic Test #1 - dump\n\n**Supported Platforms:** windows\n`;
const TECHNIQUE =
  "---\ntags: [T1003_001, techniques]\n---\n```query\ntag: detection_rule\ntag: T1003_001\n```\n";

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "attack-lens-coverage-"));
  vault = join(root, "vault");
  mkdirSync(join(vault, "Rules"), { recursive: true });
  writeFileSync(join(vault, "Rules", "dump.md"), RULE);
  writeFileSync(join(vault, "Rules", "lonely.md"), UNMAPPED);
  writeFileSync(join(vault, "lsass test.md"), TEST);
  writeFileSync(join(vault, "T1003.001 - LSASS Memory.md"), TECHNIQUE);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(["coverage", vault, "--quiet", ...args]);

describe("attack-lens coverage --format", () => {
  it("prints one CSV row per technique", () => {
    const out = run("--format", "csv");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^T1003\.001,LSASS Memory,T1003,credential-access,/m);
  });

  it("prints a valid Navigator layer", () => {
    const out = run("--format", "navigator", "--measure", "state", "--name", "Mine");
    const layer = JSON.parse(out.stdout) as {
      name: string;
      techniques: { techniqueID: string; score: number }[];
    };
    expect(validateLayer(layer)).toEqual([]);
    expect(layer.name).toBe("Mine");
    expect(layer.techniques).toEqual([
      expect.objectContaining({ techniqueID: "T1003.001", score: 3 }),
    ]);
  });

  it("keeps --json as --format json with the per-note rows and the matrix", () => {
    const viaFlag = JSON.parse(run("--json").stdout) as Record<string, unknown>;
    const viaFormat = JSON.parse(run("--format", "json").stdout) as Record<string, unknown>;
    expect(viaFlag).toEqual(viaFormat);
    expect(viaFlag.techniques).toEqual([expect.objectContaining({ id: "T1003.001", rules: 1 })]);
    const coverage = viaFlag.coverage as { gaps: { unmappedRules: string[] } };
    expect(coverage.gaps.unmappedRules).toEqual(["Rules/lonely.md"]);
  });

  it("rolls up on request and says so", () => {
    expect(run("--format", "markdown", "--rollup").stdout).toContain(
      "Counts include sub-techniques",
    );
    expect(run("--format", "markdown").stdout).toContain("Exact technique only");
  });

  it("exits 2 with one line for a bad format, measure or --out without format", () => {
    for (const args of [
      ["--format", "pdf"],
      ["--format", "navigator", "--measure", "x"],
      ["--out", "x"],
    ]) {
      const out = run(...args);
      expect(out.code).toBe(2);
      expect(out.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("attack-lens coverage --out", () => {
  it("writes the one file, and refuses to overwrite it without --force", () => {
    const file = join(root, "layer.json");
    expect(run("--format", "navigator", "--out", file).code).toBe(0);
    const first = readFileSync(file, "utf8");
    expect(validateLayer(JSON.parse(first))).toEqual([]);
    writeFileSync(file, "keep me");
    const refused = run("--format", "csv", "--out", file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refusing to overwrite/);
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(run("--format", "csv", "--out", file, "--force").code).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^Technique,/);
  });

  it("refuses paths inside the vault, also through a link", () => {
    const inside = join(vault, "Rules", "out.csv");
    expect(run("--format", "csv", "--out", inside).code).toBe(2);
    expect(existsSync(inside)).toBe(false);
    const link = join(root, "vault-link");
    symlinkSync(vault, link);
    expect(run("--format", "csv", "--out", join(link, "out.csv")).code).toBe(2);
    expect(existsSync(join(vault, "out.csv"))).toBe(false);
  });

  it("creates no folders", () => {
    const file = join(root, "missing", "out.csv");
    const out = run("--format", "csv", "--out", file);
    expect(out.code).toBe(2);
    expect(existsSync(join(root, "missing"))).toBe(false);
  });

  it("does not replace a link or a folder even with --force", () => {
    const target = join(root, "target.txt");
    writeFileSync(target, "target");
    const link = join(root, "link.csv");
    symlinkSync(target, link);
    expect(run("--format", "csv", "--out", link, "--force").code).toBe(2);
    expect(readFileSync(target, "utf8")).toBe("target");
    expect(run("--format", "csv", "--out", root, "--force").code).toBe(2);
  });
});
