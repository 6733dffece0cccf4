import type { Catalogue } from "../attack/catalogue";
import type { VaultIndex } from "../index/vault-index";
import type { NoteRecord } from "../notes/note";
import type { LinkMap } from "./link-map";
import { nodeId, type BreakdownItem, type Coverage, type GraphNode } from "./model";

/** What node factories read: the vault, the catalogue and the note the graph is drawn for. */
export interface GraphContext {
  readonly index: VaultIndex;
  readonly catalogue: Catalogue;
  readonly links: LinkMap;
  readonly current: NoteRecord;
}

/** A technique node: its name, local note, coverage and catalogue state. */
export function techniqueNode(ctx: GraphContext, id: string, depth: GraphNode["depth"]): GraphNode {
  const path = ctx.links.notesOf(id)[0];
  const name = ctx.catalogue.get(id)?.name ?? localName(ctx, path);
  return {
    id: nodeId.technique(id),
    kind: "technique",
    label: id,
    depth,
    coverage: coverageOf(ctx.index, id),
    state: ctx.catalogue.status(id).state,
    ...(name === undefined ? {} : { name }),
    ...(path === undefined ? {} : { path }),
    ...(path !== undefined && path === ctx.current.path ? { current: true } : {}),
  };
}

function localName(ctx: GraphContext, path: string | undefined): string | undefined {
  return path === undefined ? undefined : ctx.index.getNote(path)?.technique?.name;
}

/** Rules and tests whose tags carry `id` itself (not its sub-techniques). */
export function coverageOf(index: VaultIndex, id: string): Coverage {
  let rules = 0;
  let tests = 0;
  for (const path of index.pathsWithTag(id)) {
    const kind = index.getNote(path)?.kind;
    if (kind === "rule") rules++;
    else if (kind === "test") tests++;
  }
  return { rules, tests };
}

/** A rule or test note as a node. */
export function noteNode(
  ctx: GraphContext,
  note: NoteRecord,
  depth: GraphNode["depth"],
): GraphNode {
  return {
    id: nodeId.note(note.path),
    kind: note.kind === "test" ? "test" : "rule",
    label: note.title,
    depth,
    path: note.path,
    ...(note.path === ctx.current.path ? { current: true } : {}),
  };
}

/** Many rules (or tests) of one technique folded into one node, with a breakdown. */
export function foldedNotesNode(
  technique: string,
  kind: "rule" | "test",
  notes: readonly NoteRecord[],
  depth: GraphNode["depth"],
): GraphNode {
  return {
    id: kind === "rule" ? nodeId.ruleGroup(technique) : nodeId.testGroup(technique),
    kind: kind === "rule" ? "rule-group" : "test-group",
    label: String(notes.length),
    depth,
    count: notes.length,
    members: notes.map((note) => note.path),
    breakdown: kind === "rule" ? levelBreakdown(notes) : platformBreakdown(notes),
  };
}

const LEVELS = ["critical", "high", "medium", "low", "informational"];

/** Rule counts by Sigma level, most severe first; levels outside Sigma's come last as written. */
export function levelBreakdown(notes: readonly NoteRecord[]): BreakdownItem[] {
  const counts = countBy(notes.map((note) => note.rule?.level || "none"));
  const rank = (key: string): number => {
    const at = LEVELS.indexOf(key);
    return at === -1 ? LEVELS.length : at;
  };
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : 1));
}

/** Test notes by the platforms they support, most common first. */
function platformBreakdown(notes: readonly NoteRecord[]): BreakdownItem[] {
  const counts = countBy(notes.flatMap((note) => note.test?.platforms ?? []));
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** A tactic as a node: the catalogue's when the name or shortname matches, else as written. */
export function tacticNode(ctx: GraphContext, nameOrShortname: string): GraphNode {
  const wanted = normaliseTactic(nameOrShortname);
  const tactic = ctx.catalogue.tactics.find(
    (t) => normaliseTactic(t.name) === wanted || normaliseTactic(t.shortname) === wanted,
  );
  return {
    id: nodeId.tactic(tactic?.id ?? wanted),
    kind: "tactic",
    label: tactic?.name ?? nameOrShortname.trim(),
    depth: 1,
    ...(tactic ? { name: tactic.id } : {}),
  };
}

function normaliseTactic(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}
