import type { GraphEdge, GraphNode } from "../../core/graph";
import { STRINGS } from "../strings";

const S = STRINGS.graph;
const LABEL_LENGTH = 22;
const LISTED_MEMBERS = 10;

/** The short text drawn under a node, cut to fit. */
export function nodeLabel(node: GraphNode): string {
  if (node.kind === "rule-group") return S.ruleGroup(node.count ?? 0);
  if (node.kind === "test-group") return S.testGroup(node.count ?? 0);
  if (node.kind === "more") return S.more(node.count ?? 0);
  return shorten(node.label, LABEL_LENGTH);
}

/** The node's accessible name and tooltip: what it is, its coverage, and what it holds. */
export function describeNode(node: GraphNode): string {
  const parts = [headline(node), S.kind[node.kind]];
  if (node.coverage) parts.push(S.coverage(node.coverage.rules, node.coverage.tests));
  if (node.breakdown && node.breakdown.length > 0) parts.push(breakdownText(node));
  if (node.kind === "more") parts.push(listed(node.members ?? []));
  if (node.current) parts.push(S.current);
  if (node.kind === "technique" && node.path === undefined) parts.push(S.noLocalNote);
  return parts.join(", ");
}

function headline(node: GraphNode): string {
  if (node.kind === "rule-group" || node.kind === "test-group" || node.kind === "more") {
    return nodeLabel(node);
  }
  return node.name !== undefined && node.kind === "technique"
    ? `${node.label} ${node.name}`
    : node.label;
}

function breakdownText(node: GraphNode): string {
  return (node.breakdown ?? []).map((item) => `${item.key} ${item.count}`).join(", ");
}

function listed(members: readonly string[]): string {
  const shown = members.slice(0, LISTED_MEMBERS).join(" ");
  return members.length > LISTED_MEMBERS ? `${shown} …` : shown;
}

/** The text shown when hovering an edge: "T1003.001 detected by 68 detection rules". */
export function describeEdge(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): string {
  const from = nodes.get(edge.from);
  const to = nodes.get(edge.to);
  const name = (node: GraphNode | undefined): string => (node ? headlineShort(node) : "");
  return `${name(from)} ${S.edge[edge.kind]} ${name(to)}`;
}

function headlineShort(node: GraphNode): string {
  return shorten(headline(node), 40);
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
