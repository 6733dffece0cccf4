/**
 * A deliberately naive evaluator for property tests: it checks every note against the
 * tree directly (tags included, by reading note.tags), sharing no code with the real one.
 */
import type { NoteRecord } from "../../../src/core/notes/note";
import type { Matcher, QueryNode } from "../../../src/core/query/ast";
import { foldTag } from "./fake-target";

/** Paths of the notes that satisfy `node`, sorted by code point. */
export function referenceEvaluate(node: QueryNode, notes: readonly NoteRecord[]): string[] {
  return notes
    .filter((note) => holds(node, note))
    .map((note) => note.path)
    .sort(byCodePoints);
}

function holds(node: QueryNode, note: NoteRecord): boolean {
  switch (node.kind) {
    case "and":
      return node.children.every((child) => holds(child, note));
    case "or":
      return node.children.some((child) => holds(child, note));
    case "not":
      return !holds(node.child, note);
    case "tag":
      return note.tags.some((tag) => isTagOrChild(foldTag(tag), foldTag(node.value)));
    case "path":
      return matches(node.match, note.path);
    case "file":
      return matches(node.match, `${note.basename}.md`);
    case "text":
      return matches(node.match, note.title) || matches(node.match, `${note.basename}.md`);
    case "property":
      return propertyHolds(note, node.name.toLowerCase(), node.match);
  }
}

function isTagOrChild(tag: string, wanted: string): boolean {
  return tag === wanted || tag.startsWith(`${wanted}/`);
}

function propertyHolds(note: NoteRecord, name: string, match: Matcher | undefined): boolean {
  if (!Object.keys(note.properties).includes(name)) return false;
  const value = note.properties[name];
  const values = typeof value === "string" ? [value] : [...(value ?? [])];
  return match === undefined || values.some((v) => matches(match, v));
}

function matches(match: Matcher, text: string): boolean {
  if (match.type === "regex") return new RegExp(match.source, "i").test(text);
  return text.toLowerCase().includes(match.value.toLowerCase());
}

function byCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return x.length - y.length;
}
