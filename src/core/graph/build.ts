import { parentTechniqueId } from "../attack/ids";
import type { Catalogue } from "../attack/catalogue";
import type { VaultIndex } from "../index/vault-index";
import type { NoteRecord } from "../notes/note";
import { GraphStore } from "./graph-store";
import { linkMapFor } from "./link-map";
import { softwareAndGroups, techniqueIdsInText } from "./mentions";
import {
  DEFAULT_GRAPH_OPTIONS,
  nodeId,
  type GraphEdgeKind,
  type GraphNode,
  type GraphNotice,
  type GraphOptions,
  type GraphResult,
  type TechniqueGraph,
} from "./model";
import { foldedNotesNode, noteNode, tacticNode, techniqueNode, type GraphContext } from "./nodes";

type Depth = GraphNode["depth"];

/**
 * The graph around a note's techniques. A technique note's centre is its technique; a
 * rule or test note's centre is every technique its tags carry.
 */
export function buildTechniqueGraph(
  index: VaultIndex,
  catalogue: Catalogue,
  centrePath: string,
  options: Partial<GraphOptions> = {},
): GraphResult {
  const note = index.getNote(centrePath);
  if (!note) return { ok: false, reason: "no-note" };
  const centres = centreTechniques(note);
  if (centres.length === 0) return { ok: false, reason: "no-technique" };
  const builder = new GraphBuilder(
    { index, catalogue, links: linkMapFor(index), current: note },
    { ...DEFAULT_GRAPH_OPTIONS, ...options },
  );
  return { ok: true, graph: builder.build(centres) };
}

/** The techniques a note is about, or none for notes that are not technique, rule or test notes. */
export function centreTechniques(note: NoteRecord): string[] {
  if (note.kind === "technique") return note.technique ? [note.technique.id] : [...note.techniques];
  if (note.kind === "rule" || note.kind === "test") return [...note.techniques];
  return [];
}

class GraphBuilder {
  private readonly store = new GraphStore();
  private readonly notices: GraphNotice[] = [];

  constructor(
    private readonly ctx: GraphContext,
    private readonly options: GraphOptions,
  ) {}

  build(centres: readonly string[]): TechniqueGraph {
    for (const id of centres) this.addCentre(id);
    for (const id of centres) this.expandCentre(id);
    if (this.options.depth === 2) this.expandOuterRing();
    return {
      centres: centres.map(nodeId.technique),
      nodes: this.store.allNodes(),
      edges: this.store.allEdges(),
      notices: this.notices,
      depth: this.options.depth,
    };
  }

  private addCentre(id: string): void {
    this.store.addNode(techniqueNode(this.ctx, id, 0));
    const status = this.ctx.catalogue.status(id);
    if (status.state === "revoked") {
      const successor = status.successor?.id;
      this.notices.push({ kind: "revoked", id, ...(successor ? { successor } : {}) });
    } else if (status.state !== "active") this.notices.push({ kind: status.state, id });
  }

  private expandCentre(id: string): void {
    const anchor = nodeId.technique(id);
    for (const tactic of this.tacticsOf(id))
      this.link(anchor, tacticNode(this.ctx, tactic), "tactic");
    this.addTechniques(anchor, 1, "parent", this.parentOf(id));
    this.addTechniques(anchor, 1, "subtechnique", this.subtechniquesOf(id));
    this.addTechniques(anchor, 1, "links-to", this.centreLinks(id));
    this.addTechniques(anchor, 1, "linked-from", this.ctx.links.incoming(id));
    this.addNotes(id, "rule");
    this.addNotes(id, "test");
    if (this.isOwnNote(id)) this.addMentions(anchor);
  }

  /** Technique neighbours of the inner ring get their own technique relations, capped. */
  private expandOuterRing(): void {
    const inner = this.store.allNodes().filter((n) => n.depth === 1 && n.kind === "technique");
    for (const node of inner) {
      if (this.store.size >= this.options.maxNodes) {
        this.notices.push({ kind: "truncated", shown: this.store.size });
        return;
      }
      const id = node.label;
      this.addTechniques(node.id, 2, "parent", this.parentOf(id));
      this.addTechniques(node.id, 2, "subtechnique", this.subtechniquesOf(id));
      this.addTechniques(node.id, 2, "links-to", this.ctx.links.outgoing(id));
      this.addTechniques(node.id, 2, "linked-from", this.ctx.links.incoming(id));
    }
  }

  private tacticsOf(id: string): readonly string[] {
    const fromCatalogue = this.ctx.catalogue.get(id)?.tactics;
    if (fromCatalogue && fromCatalogue.length > 0) return fromCatalogue;
    const path = this.ctx.links.notesOf(id)[0];
    return (
      (path === undefined ? undefined : this.ctx.index.getNote(path)?.technique?.tactics) ?? []
    );
  }

  private parentOf(id: string): string[] {
    const parent = parentTechniqueId(id);
    return parent === undefined ? [] : [parent];
  }

  /** Sub-techniques the catalogue lists plus any the vault's tags carry. */
  private subtechniquesOf(id: string): string[] {
    const known = this.ctx.catalogue.get(id)?.subtechniques ?? [];
    return [...new Set([...known, ...this.ctx.index.subtechniquesOf(id)])].sort();
  }

  private isOwnNote(id: string): boolean {
    return this.ctx.current.kind === "technique" && this.ctx.current.technique?.id === id;
  }

  /** What the centre links to: the viewed note's own links when it is the technique's note. */
  private centreLinks(id: string): string[] {
    if (!this.isOwnNote(id)) return [...this.ctx.links.outgoing(id)];
    const ids = new Set(this.ctx.links.linkedFrom(this.ctx.current));
    const text = this.options.text;
    if (this.options.bareIdentifiers && text !== undefined) {
      for (const found of techniqueIdsInText(text)) if (found !== id) ids.add(found);
    }
    return [...ids];
  }

  private link(anchor: string, node: GraphNode, kind: GraphEdgeKind): void {
    this.store.addNode(node);
    this.store.addEdge(anchor, node.id, kind);
  }

  /**
   * Links techniques to an anchor; past the cap, the rest fold into one `more` node. On the
   * outer ring, links between nodes already drawn are left out: among closely related
   * techniques they would criss-cross the picture.
   */
  private addTechniques(
    anchor: string,
    depth: Depth,
    kind: GraphEdgeKind,
    ids: readonly string[],
  ): void {
    const cap = depth === 1 ? this.options.maxPerRelation : this.options.maxPerRelationOuter;
    const fresh = ids.filter((id) => !this.store.has(nodeId.technique(id)));
    if (depth === 1 || kind === "parent" || kind === "subtechnique") {
      for (const id of ids) this.store.addEdge(anchor, nodeId.technique(id), kind);
    }
    const shown = fresh.length > cap ? fresh.slice(0, cap - 1) : fresh;
    for (const id of shown) this.link(anchor, techniqueNode(this.ctx, id, depth), kind);
    const rest = fresh.slice(shown.length);
    if (rest.length > 0) this.link(anchor, moreNode(anchor, kind, rest, depth), kind);
  }

  /** Rules or tests carrying the technique; past the threshold, one folded node. */
  private addNotes(id: string, kind: "rule" | "test"): void {
    const anchor = nodeId.technique(id);
    const edge = kind === "rule" ? "detected-by" : "tested-by";
    const notes = this.notesCarrying(id, kind);
    const current = notes.filter((note) => note.path === this.ctx.current.path);
    const others = notes.filter((note) => note.path !== this.ctx.current.path);
    for (const note of current) this.link(anchor, noteNode(this.ctx, note, 1), edge);
    if (others.length > this.options.groupThreshold) {
      this.link(anchor, foldedNotesNode(id, kind, others, 1), edge);
    } else for (const note of others) this.link(anchor, noteNode(this.ctx, note, 1), edge);
  }

  private notesCarrying(id: string, kind: "rule" | "test"): NoteRecord[] {
    const notes: NoteRecord[] = [];
    for (const path of this.ctx.index.pathsWithTag(id)) {
      const note = this.ctx.index.getNote(path);
      if (note?.kind === kind) notes.push(note);
    }
    return notes.sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  private addMentions(anchor: string): void {
    const text = this.options.bareIdentifiers ? this.options.text : undefined;
    const found = softwareAndGroups(this.ctx.current.links, text);
    for (const id of found.software) this.link(anchor, namedNode("software", id), "mentions");
    for (const id of found.groups) this.link(anchor, namedNode("group", id), "mentions");
  }
}

function moreNode(
  anchor: string,
  kind: GraphEdgeKind,
  ids: readonly string[],
  depth: Depth,
): GraphNode {
  return {
    id: nodeId.more(anchor, kind),
    kind: "more",
    label: String(ids.length),
    depth,
    count: ids.length,
    members: [...ids],
  };
}

function namedNode(kind: "software" | "group", id: string): GraphNode {
  const nodeKey = kind === "software" ? nodeId.software(id) : nodeId.group(id);
  return { id: nodeKey, kind, label: id, depth: 1 };
}
