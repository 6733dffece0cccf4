import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/headless/cli";
import { getLogLevel } from "../../src/core/log";
import { HAS_REAL_VAULT, SKIP_NOTE } from "../real-vault/vault-location";
import { FIXTURE_VAULT } from "./fixture-vault";

/** Markdown files in the fixture vault, counted here rather than by the loader. */
const FILES_IN_FIXTURE = readdirSync(FIXTURE_VAULT, { recursive: true, encoding: "utf8" }).filter(
  (path) => path.endsWith(".md") && !path.split(sep).some((part) => part.startsWith(".")),
).length;

beforeAll(() => {
  // `npm test` builds first; a bare `vitest run` may not have.
  if (!existsSync("dist/cli.cjs")) execFileSync("npm", ["run", "build"], { stdio: "ignore" });
});

/** Runs a shell pipeline from the repository root; `codes` is bash's PIPESTATUS. */
function pipeline(command: string): { stdout: string; stderr: string; codes: number[] } {
  const run = spawnSync("bash", ["-c", `${command}; echo "codes:\${PIPESTATUS[*]}" >&2`], {
    encoding: "utf8",
  });
  const codes = /codes:([\d ]+)\n$/.exec(run.stderr)?.[1]?.split(" ").map(Number) ?? [];
  return { stdout: run.stdout, stderr: run.stderr.replace(/codes:[\d ]+\n$/, ""), codes };
}

describe.skipIf(!HAS_REAL_VAULT)(`piping the command line into head${SKIP_NOTE}`, () => {
  it("ends quietly and successfully when the reader stops early", () => {
    const run = pipeline(
      `node bin/attack-lens.cjs query ../shared/vault-sample "tag: detection_rule" --quiet | head -1`,
    );
    expect(run.stdout).toMatch(/^Path +Title +Kind\n$/);
    expect(run.stderr).toBe("");
    expect(run.codes).toEqual([0, 0]);
  });

  it("does the same for the coverage matrix", () => {
    const run = pipeline(
      `node bin/attack-lens.cjs coverage ../shared/vault-sample --format csv --quiet | head -c 10`,
    );
    expect(run.stdout).toHaveLength(10);
    expect(run.stderr).toBe("");
    expect(run.codes).toEqual([0, 0]);
  });
});

describe("--log-level", () => {
  const logLines = (stderr: string): string[] =>
    stderr.split("\n").filter((line) => line.startsWith("[ATT&CK Lens]"));

  it("writes nothing below warnings by default", () => {
    const output = runCli(["query", FIXTURE_VAULT, "tag: detection_rule", "--quiet"]);
    expect(output.code).toBe(0);
    expect(logLines(output.stderr)).toEqual([]);
  });

  it("writes the loader's summary at info, before the command's own messages", () => {
    const output = runCli(["query", FIXTURE_VAULT, "tag: detection_rule", "--log-level", "info"]);
    expect(output.code).toBe(0);
    const [summary, ...others] = logLines(output.stderr);
    expect(others).toEqual([]);
    expect(output.stderr.startsWith(`${summary}\n`)).toBe(true);
    const [, indexed, files] =
      /load-vault: indexed (\d+) of (\d+) Markdown file\(s\) from .+ in \d+ ms$/.exec(
        summary ?? "",
      ) ?? [];
    const skipped = output.stderr.split("\n").filter((line) => / skipped: /.test(line)).length;
    expect(Number(files)).toBe(FILES_IN_FIXTURE);
    expect(Number(indexed)).toBe(FILES_IN_FIXTURE - skipped);
  });

  it("writes one line per file read at debug, and nothing at error", () => {
    const debug = runCli(["query", FIXTURE_VAULT, "x", "--quiet", "--log-level=debug"]);
    expect(logLines(debug.stderr).filter((line) => line.includes(": reading "))).toHaveLength(
      FILES_IN_FIXTURE,
    );
    const quiet = runCli(["query", FIXTURE_VAULT, "x", "--quiet", "--log-level=error"]);
    expect(quiet.stderr).toBe("");
  });

  it("refuses an unknown level with a usage error, and leaves the logger as it was", () => {
    const before = getLogLevel();
    const output = runCli(["query", FIXTURE_VAULT, "x", "--log-level", "loud"]);
    expect(output.code).toBe(2);
    expect(output.stderr).toBe(
      "attack-lens: --log-level must be one of debug, info, warn, error, silent\n",
    );
    expect(getLogLevel()).toBe(before);
  });

  it("reaches standard error from the built command line", () => {
    const run = spawnSync(
      process.execPath,
      ["bin/attack-lens.cjs", "query", FIXTURE_VAULT, "x", "--quiet", "--log-level", "info"],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^\[ATT&CK Lens\] load-vault: indexed \d+ of \d+ Markdown file\(s\) from .+ ms\n$/,
    );
    expect(run.stdout).not.toContain("ATT&CK Lens");
  });
});
