import yaml from "js-yaml";
import { Events } from "./events";
import { TFile } from "./files";
import { closesFence, frontmatterEnd, splitBlocks, type Block } from "./markdown-blocks";
import type { Vault } from "./vault";

/** A place in a note, as the app reports it: 0-based line and column, and the offset. */
export interface Loc {
  line: number;
  col: number;
  offset: number;
}
export interface Pos {
  start: Loc;
  end: Loc;
}

/** The subset of the app's `CachedMetadata` the stand-in builds. */
export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: Pos;
  tags?: { tag: string; position: Pos }[];
  headings?: { heading: string; level: number; position: Pos }[];
  links?: { link: string; original: string; displayText: string; position: Pos }[];
  embeds?: { link: string; original: string; displayText: string; position: Pos }[];
  sections?: { type: string; position: Pos }[];
}

/**
 * Per-file metadata built from the note text the way the app reports it: frontmatter parsed
 * as YAML (core schema: dates stay text), inline tags with their `#`, headings, wiki-links.
 * Frontmatter tags stay in `frontmatter.tags`, as in the app. Events: `changed`
 * (file, text, cache) after a file is created or modified, never on rename; `deleted`
 * (file, previous cache); `resolved` after each batch.
 */
export class MetadataCache extends Events {
  private readonly caches = new Map<string, CachedMetadata>();

  constructor(private readonly vault: Vault) {
    super();
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** The file a link points to: an exact path, the path plus ".md", or the first basename match. */
  getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
    const target = linkpath.split("#")[0] ?? "";
    for (const path of [target, `${target}.md`]) {
      const file = this.vault.getAbstractFileByPath(path);
      if (file instanceof TFile) return file;
    }
    const name = target.split("/").pop()?.toLowerCase();
    return (
      this.vault
        .getFiles()
        .find((f) => f.basename.toLowerCase() === name || f.name.toLowerCase() === name) ?? null
    );
  }

  fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
    return omitMdExtension && file.extension === "md" ? file.path.slice(0, -3) : file.path;
  }

  /** Stand-in: computes a file's metadata from its text (the app does this in a worker). */
  index(file: TFile, text: string): CachedMetadata {
    const cache = parseMetadata(text);
    this.caches.set(file.path, cache);
    return cache;
  }

  /** Stand-in: moves a file's metadata to its new path, firing nothing (as the app does). */
  move(oldPath: string, newPath: string): void {
    const cache = this.caches.get(oldPath);
    this.caches.delete(oldPath);
    if (cache) this.caches.set(newPath, cache);
  }

  /** Stand-in: forgets a deleted file and fires `deleted`. */
  forget(file: TFile): void {
    const previous = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    this.trigger("deleted", file, previous);
  }
}

/** The metadata the app would report for a note's text. */
export function parseMetadata(text: string): CachedMetadata {
  const lines = text.split(/\r?\n/);
  const offsets = lineOffsets(lines);
  const cache: CachedMetadata = {};
  const fmEnd = frontmatterEnd(lines);
  if (fmEnd > 0) readFrontmatter(lines, fmEnd, offsets, cache);
  const blocks = splitBlocks(lines, fmEnd + 1);
  cache.sections = [
    ...(cache.frontmatterPosition ? [{ type: "yaml", position: cache.frontmatterPosition }] : []),
    ...blocks.map((b) => ({ type: sectionType(b), position: blockPos(b, lines, offsets) })),
  ];
  const headings = blocks.filter((b) => b.type === "heading");
  if (headings.length > 0) {
    cache.headings = headings.map((h) => ({
      heading: h.text,
      level: h.level,
      position: blockPos(h, lines, offsets),
    }));
  }
  readInline(lines, fmEnd + 1, offsets, cache);
  return cache;
}

function readFrontmatter(
  lines: string[],
  end: number,
  offsets: number[],
  cache: CachedMetadata,
): void {
  cache.frontmatterPosition = {
    start: { line: 0, col: 0, offset: 0 },
    end: loc(end, (lines[end] ?? "").length, offsets),
  };
  try {
    const parsed: unknown = yaml.load(lines.slice(1, end).join("\n"), { schema: yaml.CORE_SCHEMA });
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      cache.frontmatter = parsed as Record<string, unknown>;
    }
  } catch {
    // The app shows invalid properties as such and reports no frontmatter for the file.
  }
}

function sectionType(block: Block): string {
  if (block.type === "quote") return block.callout ? "callout" : "blockquote";
  if (block.type === "hr") return "thematicBreak";
  return block.type;
}

function lineOffsets(lines: string[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  return offsets;
}

function loc(line: number, col: number, offsets: number[]): Loc {
  return { line, col, offset: (offsets[line] ?? 0) + col };
}

function blockPos(block: Block, lines: string[], offsets: number[]): Pos {
  return {
    start: loc(block.start, 0, offsets),
    end: loc(block.end, (lines[block.end] ?? "").length, offsets),
  };
}

/** Spans that hold no tags or links: inline code, comments, math; replaced by spaces. */
const NO_TAG_SPANS = /`+[^`]*`+|%%.*?%%|<!--.*?-->|\$[^$\n]+\$/g;
const LINK_SPANS = /\[\[[^\]]*\]\]|\]\([^)]*\)|<?\b[a-z][a-z0-9+.-]*:\/\/[^\s)>]*>?/gi;
/** A `#` that starts a word, then anything but white space and ASCII punctuation other than `_ - /`. */
const TAG = /(^|\s)#([^\s!-,.:-@[-^`{-~]+)/gu;
const WIKI = /(!?)\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g;

function readInline(lines: string[], from: number, offsets: number[], cache: CachedMetadata): void {
  let fence: string | undefined;
  for (let n = from; n < lines.length; n++) {
    const line = lines[n] ?? "";
    const unquoted = line.replace(/^(\s{0,3}>\s?)*/, "");
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(unquoted)?.[1];
    if (fence !== undefined) {
      if (closesFence(unquoted, fence)) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    readLine(line, n, offsets, cache);
  }
}

function blank(text: string): string {
  return " ".repeat(text.length);
}

function readLine(line: string, n: number, offsets: number[], cache: CachedMetadata): void {
  if (!line.includes("#") && !line.includes("[[")) return;
  const prose = line.replace(NO_TAG_SPANS, blank);
  for (const m of prose.matchAll(WIKI)) {
    const item = {
      link: m[2] ?? "",
      original: m[0],
      displayText: m[3] ?? m[2] ?? "",
      position: span(n, m.index ?? 0, m[0], offsets),
    };
    const list = m[1] === "!" ? (cache.embeds ??= []) : (cache.links ??= []);
    list.push(item);
  }
  for (const m of prose.replace(LINK_SPANS, blank).matchAll(TAG)) {
    const tag = `#${m[2] ?? ""}`.replace(/\/+$/, "");
    if (/^#[\d/]+$/.test(tag)) continue;
    const at = (m.index ?? 0) + (m[1] ?? "").length;
    (cache.tags ??= []).push({ tag, position: span(n, at, tag, offsets) });
  }
}

function span(line: number, col: number, text: string, offsets: number[]): Pos {
  return { start: loc(line, col, offsets), end: loc(line, col + text.length, offsets) };
}
