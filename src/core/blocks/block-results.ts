import { parseTechniqueId } from "../attack/ids";
import type { VaultIndex } from "../index/vault-index";
import type { NoteRecord } from "../notes/note";
import type { QueryNode, TagTerm } from "../query/ast";
import { evaluateQuery } from "../query/evaluate";

/** What one sub-technique adds to a parent technique's block. */
export interface SubtechniqueMatches {
  readonly id: string;
  readonly notes: NoteRecord[];
}

/** The answer to one query block, split the way its tables show it. */
export interface BlockResults {
  readonly matches: NoteRecord[];
  readonly rules: NoteRecord[];
  readonly tests: NoteRecord[];
  readonly others: NoteRecord[];
  /** The technique the block asks about, when one tag term names a technique. */
  readonly technique?: string;
  /**
   * For a parent technique: notes that match the block with the parent's tag replaced by
   * one of its sub-techniques', and not the block itself. Never counted in `matches`.
   */
  readonly fromSubtechniques: SubtechniqueMatches[];
  /**
   * Every note of `fromSubtechniques` once, sorted by path: a rule that tags two
   * sub-techniques is listed under both, but counts once in a total.
   */
  readonly fromSubtechniquesUnique: NoteRecord[];
}

/** Evaluates a parsed block against the index. */
export function blockResults(query: QueryNode, index: VaultIndex): BlockResults {
  const direct = evaluateQuery(query, index);
  const matches = notesAt(direct, index);
  const technique = techniqueTermOf(query);
  const fromSubtechniques = technique ? subtechniqueMatches(query, technique, direct, index) : [];
  return {
    matches,
    rules: matches.filter((n) => n.kind === "rule"),
    tests: matches.filter((n) => n.kind === "test"),
    others: matches.filter((n) => n.kind !== "rule" && n.kind !== "test"),
    ...(technique ? { technique: parseTechniqueId(technique.value) } : {}),
    fromSubtechniques,
    fromSubtechniquesUnique: uniqueNotes(fromSubtechniques.flatMap((group) => group.notes)),
  };
}

function uniqueNotes(notes: readonly NoteRecord[]): NoteRecord[] {
  const byPath = new Map(notes.map((note) => [note.path, note]));
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function notesAt(paths: Iterable<string>, index: VaultIndex): NoteRecord[] {
  const notes: NoteRecord[] = [];
  for (const path of paths) {
    const note = index.getNote(path);
    if (note) notes.push(note);
  }
  return notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The single technique tag term that must hold for the whole block, if there is one. */
export function techniqueTermOf(query: QueryNode): TagTerm | undefined {
  const required = query.kind === "and" ? query.children : [query];
  const terms = required.filter(
    (node): node is TagTerm => node.kind === "tag" && parseTechniqueId(node.value) !== undefined,
  );
  return terms.length === 1 ? terms[0] : undefined;
}

function subtechniqueMatches(
  query: QueryNode,
  term: TagTerm,
  direct: ReadonlySet<string>,
  index: VaultIndex,
): SubtechniqueMatches[] {
  const parent = parseTechniqueId(term.value);
  if (parent === undefined || parent.includes(".")) return [];
  const found: SubtechniqueMatches[] = [];
  for (const id of index.subtechniquesOf(parent)) {
    const swapped = replaceTerm(query, term, { ...term, value: id });
    const extra = [...evaluateQuery(swapped, index)].filter((path) => !direct.has(path));
    if (extra.length > 0) found.push({ id, notes: notesAt(extra, index) });
  }
  return found;
}

function replaceTerm(node: QueryNode, from: TagTerm, to: TagTerm): QueryNode {
  if (node === from) return to;
  if (node.kind === "and" || node.kind === "or") {
    return { ...node, children: node.children.map((child) => replaceTerm(child, from, to)) };
  }
  if (node.kind === "not") return { ...node, child: replaceTerm(node.child, from, to) };
  return node;
}
