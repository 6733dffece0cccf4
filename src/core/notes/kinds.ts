import type { NoteKind } from "./note";
import { tagKey } from "./tags";

/** Which tag marks each kind of note; settings may change them. */
export interface KindTags {
  readonly technique: string;
  readonly rule: string;
  readonly test: string;
}

/** The real vault's conventions. */
export const DEFAULT_KIND_TAGS: KindTags = {
  technique: "techniques",
  rule: "detection_rule",
  test: "atomic_test",
};

/**
 * The kind of a note from its tags. A note tagged as more than one kind is taken as a
 * rule first, then a test, then a technique: rules and tests are what tables list.
 */
export function classifyNote(tags: readonly string[], kindTags: KindTags): NoteKind {
  const keys = new Set(tags.map(tagKey));
  if (keys.has(tagKey(kindTags.rule))) return "rule";
  if (keys.has(tagKey(kindTags.test))) return "test";
  if (keys.has(tagKey(kindTags.technique))) return "technique";
  return "other";
}
