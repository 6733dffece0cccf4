import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { buildNote } from "../core/notes/build-note";
import type { KindTags } from "../core/notes/kinds";
import type { NoteRecord } from "../core/notes/note";
import { VaultIndex } from "../core/index/vault-index";
import { getLogger } from "../core/log";
import { decodeText, parseNoteText } from "./parse-file";

const log = getLogger("load-vault");

/** One file that was skipped or read with a problem. */
export interface FileReport {
  readonly path: string;
  readonly outcome: "skipped" | "recovered";
  readonly message: string;
}

export interface LoadedVault {
  readonly index: VaultIndex;
  readonly reports: FileReport[];
}

/** Folders the app itself never indexes. */
function isHiddenName(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/** Vault-relative POSIX paths of every Markdown file, sorted. */
export function listMarkdownFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (isHiddenName(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(full);
    }
  };
  walk(root);
  return found.map((full) => relative(root, full).split(sep).join("/")).sort();
}

/** Reads one file into a note, or reports why it could not be. */
export function loadNote(
  root: string,
  path: string,
  kindTags: KindTags,
  reports: FileReport[],
): NoteRecord | undefined {
  try {
    const problems: string[] = [];
    const text = readText(join(root, path), problems);
    const parsed = parseNoteText(path, text);
    const built = buildNote(parsed.source, kindTags);
    for (const message of [...problems, ...parsed.problems, ...built.problems]) {
      reports.push({ path, outcome: "recovered", message });
    }
    return built.note;
  } catch (error) {
    reports.push({
      path,
      outcome: "skipped",
      message: `could not be read (${String(error)}); check that it exists and is readable`,
    });
    return undefined;
  }
}

/**
 * A file's text as `decodeText` gives it. Node's own UTF-8 read is faster; when its text
 * holds no U+FFFD the bytes were valid, and only the byte order marks TextDecoder and
 * `decodeText` each drop remain to remove. Otherwise the bytes are decoded the slow way.
 */
function readText(file: string, problems: string[]): string {
  const text = readFileSync(file, "utf8");
  if (text.includes("\ufffd")) return decodeText(readFileSync(file), problems);
  return withoutMark(withoutMark(text));
}

function withoutMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a vault folder from disk into a fresh index. */
export function loadVault(root: string, kindTags: KindTags): LoadedVault {
  if (!isFolder(root)) throw new Error(`${root} is not a folder; give the path of a vault folder`);
  const started = Date.now();
  const reports: FileReport[] = [];
  const notes: NoteRecord[] = [];
  const paths = listMarkdownFiles(root);
  for (const path of paths) {
    log.debug(`reading ${path}`);
    const note = loadNote(root, path, kindTags, reports);
    if (note) notes.push(note);
  }
  const index = new VaultIndex();
  index.upsertAll(notes);
  log.info(
    `indexed ${notes.length} of ${paths.length} Markdown file(s) from ${root} in ${Date.now() - started} ms`,
  );
  return { index, reports };
}
