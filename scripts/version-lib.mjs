// Pure part of the release version bump: given the current text of the release files,
// compute their new text. No file system, no git, so it is easy to test.
//
// Obsidian reads `manifest.json` for the installed version and `versions.json` to find
// the newest plugin release compatible with an older app (plugin version -> minAppVersion),
// so both must move together with package.json.

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * @param {string} version
 * @returns {[number, number, number] | null} the numeric parts of a plain x.y.z version
 */
export function parseVersion(version) {
  const match = SEMVER.exec(version);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * @param {string} a
 * @param {string} b
 * @returns {number} negative, zero or positive like a sort comparator; malformed sorts first
 */
export function compareVersions(a, b) {
  const pa = parseVersion(a) ?? [-1, -1, -1];
  const pb = parseVersion(b) ?? [-1, -1, -1];
  for (let i = 0; i < 3; i++) {
    if (pa[i] !== pb[i]) return pa[i] - pb[i];
  }
  return 0;
}

/** Same layout as npm and the Obsidian sample plugin write: 2 spaces, final newline. */
export function formatJson(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * @param {string} name
 * @param {string} text
 */
function parseJsonFile(name, text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${name} is not valid JSON: ${err instanceof Error ? err.message : err}`);
  }
}

/**
 * Computes the new contents of the release files for `newVersion`.
 *
 * @param {object} input
 * @param {string} input.newVersion x.y.z
 * @param {string} input.packageJson current text of package.json
 * @param {string} input.manifestJson current text of manifest.json
 * @param {string} [input.versionsJson] current text of versions.json (absent: start a new one)
 * @param {string} [input.packageLockJson] current text of package-lock.json, kept in step if given
 * @returns {{ files: Record<string, string>, changes: string[] }}
 *   new text per file name, and one human-readable line per change
 * @throws {Error} when the version is malformed or not greater than every known version
 */
export function bumpVersion({
  newVersion,
  packageJson,
  manifestJson,
  versionsJson,
  packageLockJson,
}) {
  if (!parseVersion(newVersion)) {
    throw new Error(`"${newVersion}" is not a plain x.y.z version (e.g. 0.2.0)`);
  }
  const pkg = parseJsonFile("package.json", packageJson);
  const manifest = parseJsonFile("manifest.json", manifestJson);
  const versions = versionsJson === undefined ? {} : parseJsonFile("versions.json", versionsJson);

  const minAppVersion = manifest.minAppVersion;
  if (typeof minAppVersion !== "string" || minAppVersion === "") {
    throw new Error("manifest.json has no minAppVersion");
  }
  refuseNonIncreasing(newVersion, [
    ["package.json", pkg.version],
    ["manifest.json", manifest.version],
    ...Object.keys(versions).map((v) => /** @type {[string, string]} */ (["versions.json", v])),
  ]);

  /** @type {string[]} */
  const changes = [
    `package.json: version ${pkg.version} -> ${newVersion}`,
    `manifest.json: version ${manifest.version} -> ${newVersion}`,
    `versions.json: added "${newVersion}": "${minAppVersion}"`,
  ];
  const files = {
    "package.json": formatJson({ ...pkg, version: newVersion }),
    "manifest.json": formatJson({ ...manifest, version: newVersion }),
    "versions.json": formatJson({ ...versions, [newVersion]: minAppVersion }),
  };
  if (packageLockJson !== undefined) {
    files["package-lock.json"] = bumpLockfile(packageLockJson, newVersion);
    changes.push(`package-lock.json: version -> ${newVersion}`);
  }
  return { files, changes };
}

/**
 * @param {string} newVersion
 * @param {[string, unknown][]} known where each existing version was found
 */
function refuseNonIncreasing(newVersion, known) {
  for (const [file, version] of known) {
    if (typeof version === "string" && compareVersions(newVersion, version) <= 0) {
      throw new Error(`${newVersion} is not greater than ${version} (from ${file})`);
    }
  }
}

/**
 * npm stores the root package's version twice in the lockfile; update both so the next
 * `npm install` does not leave a stray diff after the release.
 * @param {string} text
 * @param {string} newVersion
 */
function bumpLockfile(text, newVersion) {
  const lock = parseJsonFile("package-lock.json", text);
  lock.version = newVersion;
  if (lock.packages?.[""]) lock.packages[""].version = newVersion;
  return formatJson(lock);
}
