import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../../scripts/check-mobile.mjs", import.meta.url));

let dir: string;

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, encoding: "utf8" });
  return { code: result.status, out: result.stdout + result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "attack-lens-check-mobile-"));
  write("manifest.json", JSON.stringify({ id: "attack-lens", isDesktopOnly: false }));
  write("desktop.json", JSON.stringify({ id: "attack-lens", isDesktopOnly: true }));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("check-mobile", () => {
  it("accepts a bundle that only mentions Node APIs in strings or behind typeof guards", () => {
    const clean = write(
      "clean.js",
      [
        '"use strict";',
        'var obsidian = require("obsidian");',
        '// require("fs") in a comment is fine',
        "var hint = \"run require('fs') and process.exit() on desktop\";",
        'var env = typeof process !== "undefined" ? process.env : {};',
        "module.exports = { hint, env };",
      ].join("\n"),
    );
    const { code, out } = run(clean);
    expect(out).toContain("mobile-safe");
    expect(code).toBe(0);
  });

  it("rejects a bundle that requires a Node built-in", () => {
    const bad = write("bad.js", '"use strict";\nvar fs = require("fs");\nmodule.exports = fs;\n');
    const { code, out } = run(bad);
    expect(code).toBe(1);
    expect(out).toContain('bad.js:2:10 loads desktop-only module "fs"');
  });

  it("rejects node: specifiers, Electron and unguarded process/Buffer use", () => {
    const bad = write(
      "globals.js",
      [
        "const p = require('node:path');",
        'const e = require("electron");',
        "const cwd = process.cwd();",
        'const b = Buffer.from("x");',
      ].join("\n"),
    );
    const { code, out } = run(bad);
    expect(code).toBe(1);
    expect(out).toContain('"node:path"');
    expect(out).toContain('"electron"');
    expect(out).toContain('Node global "process"');
    expect(out).toContain('Node global "Buffer"');
  });

  it("rejects a desktop-only manifest", () => {
    const clean = write("ok.js", "module.exports = 1;\n");
    const { code, out } = run(clean, "--manifest", join(dir, "desktop.json"));
    expect(code).toBe(1);
    expect(out).toContain('"isDesktopOnly" must be false');
  });

  it("asks for a build when the bundle is missing", () => {
    const { code, out } = run(join(dir, "missing.js"));
    expect(code).toBe(1);
    expect(out).toContain("npm run build");
  });
});
