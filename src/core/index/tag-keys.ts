import { parseTechniqueId } from "../attack/ids";
import { tagAncestors } from "../notes/tags";

/**
 * The key a tag is indexed and looked up under. Tags compare case-insensitively, and a
 * tag that spells a technique (`T1003_001`, `t1003_001`, or `T1003.001` in a query) is
 * folded to the canonical identifier, so every spelling finds the same notes. Canonical
 * identifiers hold an upper-case `T`, so they never collide with a lower-cased tag.
 */
export function tagLookupKey(tag: string): string {
  const text = tag.trim().replace(/^#/, "");
  return parseTechniqueId(text) ?? text.toLowerCase();
}

/** Every key a note carrying `tag` is found under: the tag's own and its parents'. */
export function tagIndexKeys(tag: string): string[] {
  return tagAncestors(tag).map(tagLookupKey);
}
