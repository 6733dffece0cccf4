import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";

/**
 * An independent, deliberately plain reading of the vault, to check the product against:
 * every `.md` file, its frontmatter read with js-yaml, the `tags:` list lower-cased. It
 * shares no code with src/, so a bug there cannot hide in both.
 */

export interface ReferenceNote {
  readonly path: string;
  /** Frontmatter `tags:` entries that are text, lower-cased. */
  readonly tags: string[];
  readonly text: string;
}

const decoder = new TextDecoder("utf-8");

export function readReferenceVault(root: string): ReferenceNote[] {
  return listFiles(root, "").map((path) => {
    const text = decoder.decode(readFileSync(join(root, path))).replace(/^\uFEFF/, "");
    return { path, tags: frontmatterTags(text), text };
  });
}

function listFiles(root: string, folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listFiles(root, path));
    else if (entry.name.endsWith(".md")) found.push(path);
  }
  return found.sort();
}

function frontmatterTags(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== "---") return [];
  const end = lines.indexOf("---", 1);
  if (end === -1) return [];
  let data: unknown;
  try {
    data = yaml.safeLoad(lines.slice(1, end).join("\n"));
  } catch {
    return [];
  }
  const tags = (data as { tags?: unknown } | undefined)?.tags;
  if (!Array.isArray(tags)) return [];
  return tags.filter((tag): tag is string => typeof tag === "string").map((t) => t.toLowerCase());
}

/** The tags of a block made only of `tag: X` lines, lower-cased; throws on any other line. */
export function blockTags(block: string): string[] {
  return block
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const match = /^tag:\s*(\S+)$/.exec(line);
      if (!match?.[1]) throw new Error(`not a tag line: ${line}`);
      return match[1].toLowerCase();
    });
}

/** The `query` blocks of a technique note, as the vault writes them (no callouts there). */
export function plainQueryBlocks(text: string): string[] {
  return [...text.matchAll(/^```query\s*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
}

/** Paths of the notes whose tags hold every one of `tags` (or a tag nested under it). */
export function notesWithAll(notes: readonly ReferenceNote[], tags: readonly string[]): string[] {
  const has = (note: ReferenceNote, tag: string): boolean =>
    note.tags.some((t) => t === tag || t.startsWith(`${tag}/`));
  return notes.filter((note) => tags.every((tag) => has(note, tag))).map((n) => n.path);
}
