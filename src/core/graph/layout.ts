import {
  EDGE_KIND_ORDER,
  type GraphEdge,
  type GraphEdgeKind,
  type GraphNode,
  type GraphNodeKind,
  type TechniqueGraph,
} from "./model";

/**
 * Concentric rings: the centre techniques in the middle, their neighbours on a ring in
 * sectors by relation (tactics, parent, sub-techniques, links, rules, tests, mentions),
 * and the neighbours' neighbours on an outer ring near the node they hang from. No
 * randomness: the same graph always gets the same picture.
 */

export interface PlacedNode {
  readonly node: GraphNode;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GraphLayout {
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly GraphEdge[];
  readonly bounds: Bounds;
  /** Radii of the rings drawn as guides: inner then outer (0 when a ring is empty). */
  readonly rings: readonly number[];
}

const RADIUS: Record<GraphNodeKind, number> = {
  technique: 16,
  tactic: 15,
  rule: 9,
  test: 9,
  "rule-group": 20,
  "test-group": 20,
  more: 14,
  software: 11,
  group: 11,
};
const CENTRE_RADIUS = 26;
/** Arc length kept per node so that labels under neighbouring nodes do not overlap much. */
const SPACING = 74;
const RING_GAP = 150;
/** Room for labels past the outermost nodes. */
const MARGIN = 70;

interface Primary {
  readonly anchor: string;
  readonly kind: GraphEdgeKind;
}

/** Places every node of a graph; see the file comment for the scheme. */
export function layoutGraph(graph: TechniqueGraph): GraphLayout {
  const primaries = primaryEdges(graph.edges);
  const angles = new Map<string, number>();
  const placed: PlacedNode[] = [];
  const centreRing = placeCentres(graph, placed, angles);
  const inner = graph.nodes.filter((n) => n.depth === 1);
  const innerRadius = placeInner(inner, primaries, graph.centres, centreRing, placed, angles);
  const outer = graph.nodes.filter((n) => n.depth === 2);
  const outerRadius = placeOuter(outer, primaries, innerRadius, placed, angles);
  return {
    nodes: placed,
    edges: graph.edges,
    bounds: boundsOf(placed),
    rings: [innerRadius, outerRadius],
  };
}

/** The relation that places each node: its first incoming edge in sector order. */
function primaryEdges(edges: readonly GraphEdge[]): Map<string, Primary> {
  const primaries = new Map<string, Primary>();
  const ordered = [...edges].sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  for (const edge of ordered) {
    if (!primaries.has(edge.to)) primaries.set(edge.to, { anchor: edge.from, kind: edge.kind });
  }
  return primaries;
}

function kindRank(kind: GraphEdgeKind): number {
  return EDGE_KIND_ORDER.indexOf(kind);
}

function placeCentres(
  graph: TechniqueGraph,
  placed: PlacedNode[],
  angles: Map<string, number>,
): number {
  const centres = graph.nodes.filter((n) => n.depth === 0);
  const ring = centres.length > 1 ? Math.max(60, (centres.length * SPACING) / (2 * Math.PI)) : 0;
  centres.forEach((node, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / centres.length;
    angles.set(node.id, angle);
    placed.push(at(node, angle, ring, CENTRE_RADIUS));
  });
  return ring;
}

function placeInner(
  nodes: readonly GraphNode[],
  primaries: ReadonlyMap<string, Primary>,
  centres: readonly string[],
  centreRing: number,
  placed: PlacedNode[],
  angles: Map<string, number>,
): number {
  const keyed = nodes.map((node) => {
    const primary = primaries.get(node.id);
    return {
      node,
      rank: primary ? kindRank(primary.kind) : EDGE_KIND_ORDER.length,
      anchor: centres.indexOf(primary?.anchor ?? ""),
    };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.anchor - b.anchor || compareIds(a.node.id, b.node.id));
  const slots = slotsWithSectorGaps(keyed.map((k) => k.rank));
  const slotCount = Math.max(1, (slots[slots.length - 1] ?? 0) + 2);
  const radius = Math.max(centreRing + RING_GAP, (slotCount * SPACING) / (2 * Math.PI));
  keyed.forEach(({ node }, i) => {
    const angle = -Math.PI / 2 + ((slots[i] ?? 0) * 2 * Math.PI) / slotCount;
    angles.set(node.id, angle);
    placed.push(at(node, angle, radius, RADIUS[node.kind]));
  });
  return nodes.length === 0 ? 0 : radius;
}

/** Slot numbers along the ring, with one empty slot wherever the sector changes. */
function slotsWithSectorGaps(ranks: readonly number[]): number[] {
  let slot = -1;
  return ranks.map((rank, i) => {
    slot += i > 0 && rank !== ranks[i - 1] ? 2 : 1;
    return slot;
  });
}

function placeOuter(
  nodes: readonly GraphNode[],
  primaries: ReadonlyMap<string, Primary>,
  innerRadius: number,
  placed: PlacedNode[],
  angles: Map<string, number>,
): number {
  if (nodes.length === 0) return 0;
  const keyed = nodes.map((node) => {
    const primary = primaries.get(node.id);
    return {
      node,
      ideal: normalise(angles.get(primary?.anchor ?? "") ?? 0),
      rank: kindRank(primary?.kind ?? "mentions"),
    };
  });
  keyed.sort((a, b) => a.ideal - b.ideal || a.rank - b.rank || compareIds(a.node.id, b.node.id));
  const step = (2 * Math.PI) / keyed.length;
  const offset = circularMean(keyed.map((k, i) => k.ideal - i * step));
  const radius = Math.max(innerRadius + RING_GAP, (keyed.length * SPACING) / (2 * Math.PI));
  keyed.forEach(({ node }, i) =>
    placed.push(at(node, offset + i * step, radius, RADIUS[node.kind])),
  );
  return radius;
}

/** The mean direction of angles, so that the outer ring turns to sit nearest its anchors. */
function circularMean(values: readonly number[]): number {
  let x = 0;
  let y = 0;
  for (const value of values) {
    x += Math.cos(value);
    y += Math.sin(value);
  }
  return x === 0 && y === 0 ? 0 : Math.atan2(y, x);
}

function normalise(angle: number): number {
  const turn = 2 * Math.PI;
  return ((angle % turn) + turn) % turn;
}

function at(node: GraphNode, angle: number, ring: number, radius: number): PlacedNode {
  return { node, x: round(Math.cos(angle) * ring), y: round(Math.sin(angle) * ring), radius };
}

/** Two decimals are plenty on screen and keep pictures byte-identical across runs (no -0). */
function round(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function boundsOf(placed: readonly PlacedNode[]): Bounds {
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (const p of placed) {
    minX = Math.min(minX, p.x - p.radius);
    minY = Math.min(minY, p.y - p.radius);
    maxX = Math.max(maxX, p.x + p.radius);
    maxY = Math.max(maxY, p.y + p.radius);
  }
  return {
    x: minX - MARGIN,
    y: minY - MARGIN,
    width: maxX - minX + 2 * MARGIN,
    height: maxY - minY + 2 * MARGIN,
  };
}
