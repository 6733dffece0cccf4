/**
 * The technique graph as data: what a note's techniques relate to (tactics, parent and
 * sub-techniques, linked techniques, rules, tests, software and groups). Views only draw it.
 */

/** What a node stands for. `rule-group`, `test-group` and `more` fold many nodes into one. */
export type GraphNodeKind =
  | "technique"
  | "tactic"
  | "rule"
  | "test"
  | "rule-group"
  | "test-group"
  | "more"
  | "software"
  | "group";

/** How the outer node relates to its anchor (the node nearer the centre). */
export type GraphEdgeKind =
  | "tactic"
  | "parent"
  | "subtechnique"
  | "links-to"
  | "linked-from"
  | "detected-by"
  | "tested-by"
  | "mentions";

/** Edge kinds in the order their sectors go round the rings. */
export const EDGE_KIND_ORDER: readonly GraphEdgeKind[] = [
  "tactic",
  "parent",
  "subtechnique",
  "links-to",
  "linked-from",
  "detected-by",
  "tested-by",
  "mentions",
];

/** Rules and tests whose tags carry a technique directly. */
export interface Coverage {
  readonly rules: number;
  readonly tests: number;
}

/** One line of a group node's breakdown: a rule level or a test platform, and its count. */
export interface BreakdownItem {
  readonly key: string;
  readonly count: number;
}

/** Whether the catalogue knows a technique, and what replaced it when revoked. */
export type TechniqueState = "active" | "revoked" | "deprecated" | "unknown";

export interface GraphNode {
  /** Unique within a graph: `technique:T1003`, `tactic:TA0006`, `note:<path>`, … */
  readonly id: string;
  readonly kind: GraphNodeKind;
  /**
   * Short text drawn under the node: the dotted identifier of a technique, software or
   * group, a tactic's name, a note's title; for folded nodes the count they hold.
   */
  readonly label: string;
  /** Longer name: a technique's name from the catalogue or its note. */
  readonly name?: string;
  /** 0 for the centre, 1 for its neighbours, 2 for theirs. */
  readonly depth: 0 | 1 | 2;
  /** The note this node opens, when a local note exists. */
  readonly path?: string;
  /** Technique nodes: rules and tests carrying the technique. */
  readonly coverage?: Coverage;
  readonly state?: TechniqueState;
  /** The note the graph was drawn for, when it appears as a node. */
  readonly current?: boolean;
  /** Folded nodes: how many notes or identifiers they hold, and what those are. */
  readonly count?: number;
  readonly members?: readonly string[];
  readonly breakdown?: readonly BreakdownItem[];
}

/** From the anchor to the outer node; `kind` reads from the anchor ("detected by"). */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: GraphEdgeKind;
}

/** Something the reader should know about a centre technique. */
export type GraphNotice =
  | { readonly kind: "unknown" | "deprecated"; readonly id: string }
  | { readonly kind: "revoked"; readonly id: string; readonly successor?: string }
  | { readonly kind: "truncated"; readonly shown: number };

export interface TechniqueGraph {
  /** Node ids of the centre techniques. */
  readonly centres: readonly string[];
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly notices: readonly GraphNotice[];
  readonly depth: 1 | 2;
}

/** Why no graph could be drawn for a note. */
export type NoGraphReason = "no-note" | "no-technique";

export type GraphResult =
  | { readonly ok: true; readonly graph: TechniqueGraph }
  | { readonly ok: false; readonly reason: NoGraphReason };

export interface GraphOptions {
  readonly depth: 1 | 2;
  /** Rules (or tests) of one technique beyond this many fold into one node. */
  readonly groupThreshold: number;
  /** Techniques of one relation beyond this many fold into a `more` node, per ring. */
  readonly maxPerRelation: number;
  readonly maxPerRelationOuter: number;
  /** Once this many nodes exist, the outer ring stops growing. */
  readonly maxNodes: number;
  /** Whether identifiers written as plain text (`T1055`, `S0183`) count as links. */
  readonly bareIdentifiers: boolean;
  /** The centre note's text, for bare identifiers; metadata alone lacks them. */
  readonly text?: string;
}

export const DEFAULT_GRAPH_OPTIONS: GraphOptions = {
  depth: 1,
  groupThreshold: 8,
  maxPerRelation: 24,
  maxPerRelationOuter: 6,
  maxNodes: 300,
  bareIdentifiers: false,
};

/** Node ids, one spelling per kind of thing. */
export const nodeId = {
  technique: (id: string) => `technique:${id}`,
  tactic: (key: string) => `tactic:${key}`,
  note: (path: string) => `note:${path}`,
  ruleGroup: (technique: string) => `rules:${technique}`,
  testGroup: (technique: string) => `tests:${technique}`,
  more: (anchor: string, kind: GraphEdgeKind) => `more:${kind}:${anchor}`,
  software: (id: string) => `software:${id}`,
  group: (id: string) => `group:${id}`,
};
