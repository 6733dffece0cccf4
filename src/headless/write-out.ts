import { lstatSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve, sep } from "node:path";
import { UsageError } from "./args";

/**
 * Writes one output file for `--out`, and nothing else: the folder it goes in must exist
 * (none is created), it must not be inside the vault, and an existing file (or link) is
 * never replaced unless `force` is set, and a link or folder not even then.
 */
export function writeOutFile(
  file: string,
  text: string,
  vaultRoot: string,
  force: boolean,
): string {
  const target = resolve(file);
  const folder = realFolder(dirname(target));
  if (isInside(folder, realpathSync(vaultRoot))) {
    throw new UsageError(`refusing to write ${file}: it is inside the vault folder`);
  }
  const path = resolve(folder, basename(target));
  checkExisting(path, file, force);
  writeFileSync(path, text, { encoding: "utf8", flag: force ? "w" : "wx" });
  return path;
}

function realFolder(folder: string): string {
  try {
    if (statSync(folder).isDirectory()) return realpathSync(folder);
  } catch {
    // Reported below as a missing folder.
  }
  throw new UsageError(`cannot write to ${folder}: no such folder (folders are not created)`);
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function checkExisting(path: string, given: string, force: boolean): void {
  let existing;
  try {
    existing = lstatSync(path);
  } catch {
    return;
  }
  if (!force) throw new UsageError(`refusing to overwrite ${given}; use --force to replace it`);
  if (!existing.isFile())
    throw new UsageError(`refusing to write ${given}: it is not a plain file`);
}
