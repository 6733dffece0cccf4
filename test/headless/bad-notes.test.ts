import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { runCli } from "../../src/headless/cli";
import { loadNote, loadVault, type LoadedVault } from "../../src/headless/load-vault";
import {
  expectedWithTag,
  HIDDEN,
  prototypeSnapshot,
  writeHostileVault,
  type Expected,
} from "../hostile/hostile-vault";

/**
 * Every bad note is read headless to its stated outcome: recovered with the listed kind and
 * tags (and a report naming the file when something was dropped), never a crash, never a
 * wrong match elsewhere, never code run or a prototype touched.
 */

let root: string;
let expected: Map<string, Expected>;
let vault: LoadedVault;
let prototypeBefore: string[];

beforeAll(() => {
  prototypeBefore = prototypeSnapshot();
  ({ root, expected } = writeHostileVault());
  vault = loadVault(root, DEFAULT_KIND_TAGS);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the hostile vault, read headless", () => {
  it("holds every expected note and nothing else (dot-named files stay out)", () => {
    expect([...vault.index.allPaths()].sort()).toEqual([...expected.keys()].sort());
    for (const hidden of HIDDEN) expect(vault.index.getNote(hidden)).toBeUndefined();
  });

  it("gives each note its stated kind and tags", () => {
    for (const [path, want] of expected) {
      const note = vault.index.getNote(path);
      expect({ path, kind: note?.kind, tags: note?.tags }).toEqual({
        path,
        kind: want.kind,
        tags: want.tags,
      });
      if (want.queryBlocks !== undefined) expect(note?.queryBlocks).toHaveLength(want.queryBlocks);
    }
  });

  it("reports what it dropped, naming the file, and nothing for clean notes", () => {
    for (const [path, want] of expected) {
      const reports = vault.reports.filter((r) => r.path === path);
      if (want.problem === undefined) {
        expect({ path, reports }).toEqual({ path, reports: [] });
        continue;
      }
      expect(reports.map((r) => r.outcome)).toContain("recovered");
      expect(reports.map((r) => r.message).join("\n"), path).toMatch(new RegExp(want.problem));
    }
    expect(vault.reports.every((r) => expected.has(r.path))).toBe(true);
  });

  it("finds exactly the notes carrying each tag, whatever else the vault holds", () => {
    const tags = new Set([...expected.values()].flatMap((note) => note.tags).slice(0, 200));
    for (const tag of [...tags, "T1059", "detection_rule/x", "__proto__", "constructor"]) {
      expect({ tag, paths: [...vault.index.pathsWithTag(tag)].sort() }).toEqual({
        tag,
        paths: expectedWithTag(expected, tag),
      });
    }
  });

  it("runs no frontmatter code and leaves the built-in prototypes untouched", () => {
    expect(prototypeSnapshot()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Reflect.get(globalThis, "hostileJsRan")).toBeUndefined();
    expect(Reflect.get(globalThis, "hostileJavascriptRan")).toBeUndefined();
    expect(existsSync(join(root, "hostile-js-ran.txt"))).toBe(false);
    expect(existsSync("hostile-js-ran.txt")).toBe(false);
    const mapped = vault.index.getNote("keys/prototype.md")?.properties ?? {};
    expect(Object.getPrototypeOf(mapped)).toBeNull();
    expect(Object.keys(mapped).sort()).toEqual([
      "hasownproperty",
      "prototype",
      "tags",
      "title",
      "tostring",
    ]);
    const scalars = vault.index.getNote("keys/proto-scalar.md")?.properties ?? {};
    expect(Object.getPrototypeOf(scalars)).toBeNull();
    expect(Object.entries(scalars)).toEqual(
      expect.arrayContaining([
        ["__proto__", "polluted"],
        ["constructor", "scalar"],
      ]),
    );
  });

  it("reports a file that vanished between listing and reading as skipped, by name", () => {
    const reports: Parameters<typeof loadNote>[3] = [];
    expect(loadNote(root, "gone/missing.md", DEFAULT_KIND_TAGS, reports)).toBeUndefined();
    expect(reports).toEqual([
      {
        path: "gone/missing.md",
        outcome: "skipped",
        message: expect.stringMatching(/could not be read .*check that it exists/),
      },
    ]);
  });
});

describe("the hostile vault, through the command line", () => {
  it("answers a query with the same notes, and lists each recovered file on stderr", () => {
    const output = runCli(["query", root, "tag:detection_rule", "--json"]);
    expect(output.code).toBe(0);
    const matches = (JSON.parse(output.stdout) as { matches: { path: string }[] }).matches;
    expect(matches.map((m) => m.path).sort()).toEqual(expectedWithTag(expected, "detection_rule"));
    for (const [path, want] of expected) {
      if (want.problem !== undefined)
        expect(output.stderr).toContain(`attack-lens: ${path}: recovered: `);
    }
  });

  it("keeps its table one line per note whatever the file names hold", () => {
    const output = runCli(["query", root, "path:names/"]);
    expect(output.code).toBe(0);
    const names = [...expected.keys()].filter((path) => path.startsWith("names/"));
    expect(output.stdout.trimEnd().split("\n")).toHaveLength(names.length + 3);
  });

  it("refuses a catastrophic regex from the command line with exit code 2", () => {
    const output = runCli(["query", root, "file:/(a+)+$/"]);
    expect(output.code).toBe(2);
    expect(output.stderr).toMatch(/broken query.*hang; rewrite/);
  });
});

/** Every file under `root` with its size and modification time, to spot any write. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((path) => {
      const stat = statSync(join(root, path));
      return `${path} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort();
}

describe("the command line writes nothing but its --out file", () => {
  it("leaves the vault untouched and adds exactly one file, and refuses a .. escape into the vault", () => {
    const outDir = mkdtempSync(join(tmpdir(), "attack-lens-out-"));
    const vaultBefore = tree(root);
    const out = join(outDir, "layer.json");
    expect(runCli(["coverage", root, "--format", "navigator", "--out", out]).code).toBe(0);
    expect(tree(outDir).map((line) => line.split(" ")[0])).toEqual(["layer.json"]);
    const escape = `${outDir}/../${relative(join(outDir, ".."), root)}/good/x.json`;
    expect(escape).toContain("/../");
    const refused = runCli(["coverage", root, "--format", "csv", "--out", escape]);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/inside the vault/) });
    expect(tree(root)).toEqual(vaultBefore);
    rmSync(outDir, { recursive: true, force: true });
  });
});
