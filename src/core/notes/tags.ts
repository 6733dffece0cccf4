import { memoise } from "../memo";

/**
 * Tags by Obsidian's rules: a tag is letters of any script, digits, `_`, `-` and `/`
 * (nesting), never digits alone; tags compare case-insensitively; `a` also finds `a/b`.
 */

const TAG_CHARS = /^[\p{L}\p{M}\p{N}_\-/]+$/u;
const DIGITS_ONLY = /^\d+$/;

/** A tag as written (`#a/b`, `a/b`) without its `#`, or undefined when it is not a valid tag. */
export function cleanTag(raw: string): string | undefined {
  return cleanTagMemo(raw);
}

const cleanTagMemo = memoise(computeCleanTag);

function computeCleanTag(raw: string): string | undefined {
  const text = raw.trim().replace(/^#/, "");
  if (text === "" || !TAG_CHARS.test(text)) return undefined;
  if (DIGITS_ONLY.test(text.replace(/\//g, ""))) return undefined;
  if (text.startsWith("/") || text.endsWith("/") || text.includes("//")) return undefined;
  return text;
}

/** The key a tag is compared by: lower case. */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

/** `a`, `a/b`, `a/b/c` for `a/b/c`: every tag a search for a parent must also find. */
export function tagAncestors(tag: string): string[] {
  if (!tag.includes("/")) return [tag];
  const parts = tag.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

/** Why a frontmatter `tags` value yielded fewer tags than it seemed to hold. */
export interface TagProblem {
  readonly value: string;
  readonly reason: string;
  /** The same reason as a code, for callers that word it themselves. */
  readonly code: "not-text" | "invalid-tag";
}

export interface FrontmatterTags {
  readonly tags: string[];
  readonly problems: TagProblem[];
}

/**
 * Tags from a frontmatter `tags` (or `tag`) value. A list is the form the app expects;
 * a text value is split on commas and spaces as older app versions did, so a hand-written
 * `tags: a, b` is not lost. Empty entries (`[, x]`) are skipped; numbers, objects and other
 * values that are not valid tags are reported.
 */
export function frontmatterTags(value: unknown): FrontmatterTags {
  const result: FrontmatterTags = { tags: [], problems: [] };
  for (const item of tagItems(value)) addFrontmatterTag(item, result);
  return result;
}

function tagItems(value: unknown): unknown[] {
  if (!Array.isArray(value)) return splitText(value);
  const items: unknown[] = [];
  for (const item of value as unknown[]) {
    if (typeof item === "string" && !SEPARATOR.test(item)) items.push(item);
    else items.push(...splitText(item));
  }
  return items;
}

const SEPARATOR = /[,\s]/;

function splitText(value: unknown): unknown[] {
  if (typeof value !== "string") return [value];
  return value.split(/[,\s]+/).filter((part) => part !== "");
}

function addFrontmatterTag(item: unknown, result: FrontmatterTags): void {
  if (item === null || item === undefined || item === "") return;
  if (typeof item !== "string") {
    result.problems.push({ value: describe(item), reason: "is not text", code: "not-text" });
    return;
  }
  const tag = cleanTag(item);
  if (tag === undefined) {
    result.problems.push({ value: item, reason: "is not a valid tag", code: "invalid-tag" });
  } else result.tags.push(tag);
}

function describe(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : typeof value;
}

/** Removes case-insensitive duplicates, keeping the first spelling. */
export function uniqueTags(tags: Iterable<string>): string[] {
  const unique: string[] = [];
  const keys = new Set<string>();
  for (const tag of tags) {
    const key = tagKey(tag);
    if (!keys.has(key)) {
      keys.add(key);
      unique.push(tag);
    }
  }
  return unique;
}
