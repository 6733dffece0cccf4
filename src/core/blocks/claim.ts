import { tagLookupKey } from "../index/tag-keys";
import type { KindTags } from "../notes/kinds";
import type { QueryNode } from "../query/ast";
import { parseQuery } from "../query/parser";

/**
 * Whether ATT&CK Lens draws a block: only blocks that name the detection-rule or test tag
 * are ours; every other `query` block is left to the app. A block that cannot be parsed is
 * ours when its text names one of those tags, so that its error shows in place.
 */
export function isLensBlock(source: string, kindTags: KindTags): boolean {
  const wanted = new Set([tagLookupKey(kindTags.rule), tagLookupKey(kindTags.test)]);
  const parsed = parseQuery(source);
  if (parsed.ok) return tagKeysOf(parsed.query).some((key) => wanted.has(key));
  const words = source.toLowerCase().split(/[\s:()"#]+/);
  return words.some((word) => wanted.has(word));
}

function tagKeysOf(node: QueryNode): string[] {
  if (node.kind === "tag") return [tagLookupKey(node.value)];
  if (node.kind === "and" || node.kind === "or") return node.children.flatMap(tagKeysOf);
  if (node.kind === "not") return tagKeysOf(node.child);
  return [];
}
