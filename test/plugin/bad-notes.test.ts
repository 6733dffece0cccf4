// @vitest-environment happy-dom
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLogSink } from "../../src/core/log";
import AttackLensPlugin from "../../src/main";
import { readVaultFolder } from "../stand-in/node-vault";
import type { App } from "../stand-in/obsidian";
import {
  expectedWithTag,
  HIDDEN,
  prototypeSnapshot,
  writeHostileVault,
  type Expected,
} from "../hostile/hostile-vault";
import { settle, startPlugin } from "./harness";

/**
 * The same bad notes as test/headless/bad-notes.test.ts, read by the plugin's IndexService
 * from the stand-in's metadata cache: the same kinds and tags, tag problems logged with the
 * file's path, no wrong match, and nothing run or polluted.
 */

/**
 * The stand-in's own Markdown reader (test/stand-in/metadata.ts) is quadratic on this note
 * and never finishes; the plugin's reading of the same text is covered by
 * test/core/notes/hostile-body.test.ts.
 */
const STAND_IN_TOO_SLOW = "generated/quadratic-bait.md";

/**
 * Paths as the app keeps them: its `normalizePath` turns `\\` into `/` and composes Unicode
 * (NFC), so `cafe\u0301.md` and `caf\u00e9.md` are one note there.
 */
function appPath(path: string): string {
  return path.replace(/\\/g, "/").normalize("NFC");
}

let root: string;
let expected: Map<string, Expected>;
let app: App;
let plugin: AttackLensPlugin;
let prototypeBefore: string[];
const warnings: string[] = [];
let restoreSink: () => void;

beforeAll(async () => {
  prototypeBefore = prototypeSnapshot();
  const written = writeHostileVault();
  root = written.root;
  written.expected.delete(STAND_IN_TOO_SLOW);
  expected = new Map(
    [...written.expected].map(([path, want]) => [appPath(path), { ...want, ...want.adapter }]),
  );
  restoreSink = setLogSink((level, line) => {
    if (level === "warn" || level === "error") warnings.push(line);
  });
  ({ app, plugin } = await startPlugin(
    AttackLensPlugin,
    readVaultFolder(root, (path) => path !== STAND_IN_TOO_SLOW),
  ));
  await settle(20);
});

afterAll(() => {
  plugin.unload();
  app.containerEl.remove();
  restoreSink();
  rmSync(root, { recursive: true, force: true });
});

describe("the hostile vault, through the plugin", () => {
  it("indexes every expected note with its stated kind and tags", () => {
    const index = plugin.indexService.index;
    expect([...index.allPaths()].sort()).toEqual([...expected.keys()].sort());
    for (const hidden of HIDDEN) expect(index.getNote(hidden)).toBeUndefined();
    for (const [path, want] of expected) {
      const note = index.getNote(path);
      expect({ path, kind: note?.kind, tags: note?.tags }).toEqual({
        path,
        kind: want.kind,
        tags: want.tags,
      });
    }
  });

  it("finds exactly the notes carrying each tag", () => {
    const tags = new Set([...expected.values()].flatMap((note) => note.tags).slice(0, 200));
    for (const tag of [...tags, "T1059", "__proto__", "constructor"]) {
      expect({ tag, paths: [...plugin.indexService.index.pathsWithTag(tag)].sort() }).toEqual({
        tag,
        paths: expectedWithTag(expected, tag),
      });
    }
  });

  it("logs each dropped tag with the path of its note", () => {
    const tagProblems = [...expected].filter(([, want]) =>
      /is not (text|a valid tag)/.test(want.problem ?? ""),
    );
    expect(tagProblems.length).toBeGreaterThan(4);
    for (const [path] of tagProblems) {
      expect(
        warnings.some((line) => line.includes(`${path}: tag `)),
        path,
      ).toBe(true);
    }
    const logged = new Set(plugin.indexService.problems.all().map((problem) => problem.path));
    for (const [path] of tagProblems) expect(logged.has(path), path).toBe(true);
    for (const line of warnings) {
      expect(
        [...expected.keys()].some((path) => line.includes(path)),
        line,
      ).toBe(true);
    }
  });

  it("reads the text of technique and test notes, deep quotes included", () => {
    expect(plugin.indexService.index.getNote("generated/deep-quote.md")?.queryBlocks).toHaveLength(
      1,
    );
  });

  it("runs no frontmatter code and leaves the built-in prototypes untouched", () => {
    expect(prototypeSnapshot()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Reflect.get(globalThis, "hostileJsRan")).toBeUndefined();
    expect(Reflect.get(globalThis, "hostileJavascriptRan")).toBeUndefined();
  });
});
