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
  if (carries(tags, kindTags.rule)) return "rule";
  if (carries(tags, kindTags.test)) return "test";
  if (carries(tags, kindTags.technique)) return "technique";
  return "other";
}

function carries(tags: readonly string[], kindTag: string): boolean {
  const wanted = tagKey(kindTag);
  return tags.some((tag) => tag.length === wanted.length && tagKey(tag) === wanted);
}
