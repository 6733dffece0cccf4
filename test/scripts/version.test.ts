import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { bumpVersion, compareVersions, parseVersion } from "../../scripts/version-lib.mjs";

const SCRIPT = fileURLToPath(new URL("../../scripts/version.mjs", import.meta.url));

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const PACKAGE = json({ name: "attack-lens", version: "0.1.0", scripts: { build: "x" } });
const MANIFEST = json({
  id: "attack-lens",
  name: "ATT&CK Lens",
  version: "0.1.0",
  minAppVersion: "1.5.0",
  isDesktopOnly: false,
});
const VERSIONS = json({ "0.1.0": "1.5.0" });

describe("parseVersion / compareVersions", () => {
  it("accepts only plain x.y.z", () => {
    expect(parseVersion("1.20.3")).toEqual([1, 20, 3]);
    for (const bad of ["1.2", "1.2.3.4", "v1.2.3", "01.2.3", "1.2.3-beta", " 1.2.3", ""]) {
      expect(parseVersion(bad)).toBeNull();
    }
  });

  it("compares numerically, not as text", () => {
    expect(compareVersions("0.10.0", "0.9.9")).toBeGreaterThan(0);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.0.0", "1.0.1")).toBeLessThan(0);
  });
});

describe("bumpVersion", () => {
  const input = { packageJson: PACKAGE, manifestJson: MANIFEST, versionsJson: VERSIONS };

  it("updates the three files, keeping key order and 2-space JSON with a final newline", () => {
    const { files, changes } = bumpVersion({ ...input, newVersion: "0.2.0" });
    expect(files["package.json"]).toBe(
      json({ name: "attack-lens", version: "0.2.0", scripts: { build: "x" } }),
    );
    expect(files["manifest.json"]).toBe(
      MANIFEST.replace('"version": "0.1.0"', '"version": "0.2.0"'),
    );
    expect(files["versions.json"]).toBe('{\n  "0.1.0": "1.5.0",\n  "0.2.0": "1.5.0"\n}\n');
    expect(changes).toContain('versions.json: added "0.2.0": "1.5.0"');
  });

  it("uses the manifest's current minAppVersion for the new entry", () => {
    const manifestJson = MANIFEST.replace('"1.5.0"', '"1.6.0"');
    const { files } = bumpVersion({ ...input, manifestJson, newVersion: "0.2.0" });
    expect(JSON.parse(files["versions.json"] ?? "")).toEqual({
      "0.1.0": "1.5.0",
      "0.2.0": "1.6.0",
    });
  });

  it("starts versions.json when there is none and keeps package-lock.json in step", () => {
    const packageLockJson = json({
      name: "attack-lens",
      version: "0.1.0",
      packages: { "": { version: "0.1.0" } },
    });
    const { files } = bumpVersion({
      packageJson: PACKAGE,
      manifestJson: MANIFEST,
      packageLockJson,
      newVersion: "0.1.1",
    });
    expect(files["versions.json"]).toBe(json({ "0.1.1": "1.5.0" }));
    expect(JSON.parse(files["package-lock.json"] ?? "")).toEqual({
      name: "attack-lens",
      version: "0.1.1",
      packages: { "": { version: "0.1.1" } },
    });
  });

  it("refuses malformed versions", () => {
    expect(() => bumpVersion({ ...input, newVersion: "0.2" })).toThrow(/not a plain x\.y\.z/);
    expect(() => bumpVersion({ ...input, newVersion: "v0.2.0" })).toThrow(/not a plain x\.y\.z/);
  });

  it("refuses a version that is not greater than every known one", () => {
    expect(() => bumpVersion({ ...input, newVersion: "0.1.0" })).toThrow(
      /not greater than 0\.1\.0/,
    );
    expect(() => bumpVersion({ ...input, newVersion: "0.0.9" })).toThrow(/not greater/);
    const versionsJson = json({ "0.1.0": "1.5.0", "0.3.0": "1.5.0" });
    expect(() => bumpVersion({ ...input, versionsJson, newVersion: "0.2.0" })).toThrow(
      /versions\.json/,
    );
  });
});

describe("scripts/version.mjs in a git repository", () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: repo, encoding: "utf8" });
    return { code: r.status, out: r.stdout + r.stderr };
  };
  const read = (file: string) => readFileSync(join(repo, file), "utf8");

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), "attack-lens-version-"));
    writeFileSync(join(repo, "package.json"), PACKAGE);
    writeFileSync(join(repo, "manifest.json"), MANIFEST);
    writeFileSync(join(repo, "versions.json"), VERSIONS);
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "init");
  });

  afterEach(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it("bumps a clean tree, prints the git commands and does not commit or tag", () => {
    const { code, out } = run("0.2.0");
    expect(code).toBe(0);
    expect(JSON.parse(read("manifest.json")).version).toBe("0.2.0");
    expect(JSON.parse(read("package.json")).version).toBe("0.2.0");
    expect(JSON.parse(read("versions.json"))).toEqual({ "0.1.0": "1.5.0", "0.2.0": "1.5.0" });
    expect(out).toContain("git tag 0.2.0");
    expect(git("tag")).toBe("");
    expect(git("log", "--oneline").trim().split("\n")).toHaveLength(1);
  });

  it("refuses to run on a dirty tree and leaves the files alone", () => {
    writeFileSync(join(repo, "notes.txt"), "uncommitted\n");
    const { code, out } = run("0.2.0");
    expect(code).toBe(1);
    expect(out).toContain("uncommitted changes");
    expect(read("manifest.json")).toBe(MANIFEST);
  });

  it("refuses a non-increasing version without writing anything", () => {
    const { code, out } = run("0.1.0");
    expect(code).toBe(1);
    expect(out).toContain("not greater than");
    expect(git("status", "--porcelain")).toBe("");
  });

  it("prints usage without an argument", () => {
    const { code, out } = run();
    expect(code).toBe(1);
    expect(out).toContain("usage:");
  });
});
