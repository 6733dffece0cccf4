import type { Vault } from "./vault";

/** A file or folder of the vault; `path` is vault-relative with forward slashes. */
export abstract class TAbstractFile {
  vault!: Vault;
  path = "";
  name = "";
  parent: TFolder | null = null;
}

/** A file: `basename` is the name without its extension. */
export class TFile extends TAbstractFile {
  basename = "";
  extension = "";
  stat = { ctime: 0, mtime: 0, size: 0 };
}

/** A folder; the root folder has the path "/". */
export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === "/";
  }
}

/** Sets a file's or folder's path and the names derived from it. */
export function setPath(file: TAbstractFile, path: string): void {
  file.path = path;
  file.name = path.split("/").pop() ?? path;
  if (file instanceof TFile) {
    const dot = file.name.lastIndexOf(".");
    file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
    file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
  }
}

/**
 * The app's path clean-up: forward slashes, no repeated, leading or trailing slashes,
 * non-breaking spaces made plain, Unicode NFC; an empty path becomes "/".
 */
export function normalizePath(path: string): string {
  const cleaned = path
    .replace(/\\/g, "/")
    .replace(/\u00a0|\u202f/g, " ")
    .replace(/\/+/g, "/")
    .replace(/^\/+|\/+$/g, "");
  return cleaned === "" ? "/" : cleaned.normalize("NFC");
}
