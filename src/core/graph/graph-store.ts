import type { GraphEdge, GraphEdgeKind, GraphNode } from "./model";

/** The same relation seen from the other end; such an edge is a duplicate, not a new one. */
const MIRROR: Partial<Record<GraphEdgeKind, GraphEdgeKind>> = {
  subtechnique: "parent",
  "linked-from": "links-to",
};

/** Nodes and edges as they are added, without duplicates, in a stable order. */
export class GraphStore {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges: GraphEdge[] = [];
  private readonly edgeKeys = new Set<string>();

  get size(): number {
    return this.nodes.size;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds a node unless one with its id exists; the first one added stays. */
  addNode(node: GraphNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  /** Adds an edge between two existing nodes, unless it or its mirror is already there. */
  addEdge(from: string, to: string, kind: GraphEdgeKind): void {
    if (from === to || !this.nodes.has(from) || !this.nodes.has(to)) return;
    const key = edgeKey(from, to, kind);
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ from, to, kind });
  }

  allNodes(): GraphNode[] {
    return [...this.nodes.values()];
  }

  allEdges(): GraphEdge[] {
    return [...this.edges];
  }
}

function edgeKey(from: string, to: string, kind: GraphEdgeKind): string {
  const mirror = MIRROR[kind];
  return mirror === undefined ? `${from}\n${to}\n${kind}` : `${to}\n${from}\n${mirror}`;
}
