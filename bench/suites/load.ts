/** Headless load from disk, against the floor of reading and splitting the same files. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { loadVault } from "../../src/headless/load-vault";
import { sink, timePair } from "../measure";
import { timed, type Row } from "../rows";

/** Lists, reads and splits every Markdown file into frontmatter and body text, nothing more. */
export function readAndSplit(root: string): number {
  let total = 0;
  for (const file of markdownFiles(root)) {
    const text = readFileSync(file, "utf8");
    const end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
    const frontmatter = end === -1 ? "" : text.slice(4, end);
    const body = end === -1 ? text : text.slice(text.indexOf("\n", end + 4) + 1);
    total += frontmatter.length + body.length;
  }
  return total;
}

function markdownFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, found);
    else if (entry.name.endsWith(".md")) found.push(full);
  }
  return found;
}

/** `loadVault` against its floor. */
export function loadRows(root: string, repeats: number): Row[] {
  const [ours, floor] = timePair(
    repeats,
    () => loadVault(root, DEFAULT_KIND_TAGS).index.size,
    () => (sink.value += readAndSplit(root)),
    repeats > 5,
  );
  return [timed("Headless load from disk (loadVault)", ours, "read + split every file", floor)];
}
