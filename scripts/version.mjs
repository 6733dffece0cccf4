#!/usr/bin/env node
// Bumps the plugin version for a release: `npm run version -- 0.2.0`.
//
// Writes package.json, manifest.json, versions.json (and package-lock.json) but never
// commits or tags: the release workflow fires on the tag, so a human should look at the
// diff first. Refuses to run on a dirty tree so the release commit holds only the bump.
//
// Not meant for `npm version`, which would call this as its "version" lifecycle hook.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

import { bumpVersion } from "./version-lib.mjs";

/** @returns {string | null} why the tree is unusable, or null when it is clean */
function dirtyTreeReason() {
  let status;
  try {
    status = execFileSync("git", ["status", "--porcelain"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch {
    return "could not run `git status` (is this a git checkout?)";
  }
  if (status.trim() === "") return null;
  return `the working tree has uncommitted changes:\n${status.trimEnd()}`;
}

/** @param {string} file */
function readIfPresent(file) {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

function main() {
  const newVersion = process.argv[2];
  if (!newVersion) {
    console.error("usage: npm run version -- <x.y.z>");
    return 1;
  }
  const dirty = dirtyTreeReason();
  if (dirty) {
    console.error(`version: refusing to bump, ${dirty}`);
    return 1;
  }

  let result;
  try {
    result = bumpVersion({
      newVersion,
      packageJson: readFileSync("package.json", "utf8"),
      manifestJson: readFileSync("manifest.json", "utf8"),
      versionsJson: readIfPresent("versions.json"),
      packageLockJson: readIfPresent("package-lock.json"),
    });
  } catch (err) {
    console.error(`version: ${err instanceof Error ? err.message : err}`);
    return 1;
  }

  for (const [file, text] of Object.entries(result.files)) writeFileSync(file, text);
  for (const change of result.changes) console.log(`version: ${change}`);
  const files = Object.keys(result.files).join(" ");
  console.log(`
Review the diff, then commit, tag and push (the tag starts the release workflow):
  git add ${files}
  git commit -m "Release ${newVersion}"
  git tag ${newVersion}
  git push && git push origin ${newVersion}`);
  return 0;
}

process.exitCode = main();
