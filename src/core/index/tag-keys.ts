import { parentTechniqueId, parseTechniqueId } from "../attack/ids";
import { intern, memoise } from "../memo";
import { tagAncestors } from "../notes/tags";

/**
 * The key a tag is indexed and looked up under. Tags compare case-insensitively, and a
 * tag that spells a technique (`T1003_001`, `t1003_001`, or `T1003.001` in a query) is
 * folded to the canonical identifier, so every spelling finds the same notes. Canonical
 * identifiers hold an upper-case `T`, so they never collide with a lower-cased tag.
 */
export const tagLookupKey: (tag: string) => string = memoise((tag) => {
  const text = tag.trim().replace(/^#/, "");
  return intern(parseTechniqueId(text) ?? text.toLowerCase());
});

/** Every key a note carrying `tag` is found under: the tag's own and its parents'. */
export function tagIndexKeys(tag: string): readonly string[] {
  return indexKeysMemo(tag);
}

const indexKeysMemo = memoise((tag: string): readonly string[] =>
  Object.freeze(tagAncestors(tag).map(tagLookupKey)),
);

/** The parent of an index key that is a canonical sub-technique identifier. */
export const parentOfSubtechniqueKey: (key: string) => string | undefined = memoise((key) => {
  const parent = parseTechniqueId(key) === key ? parentTechniqueId(key) : undefined;
  return parent === undefined ? undefined : intern(parent);
});
