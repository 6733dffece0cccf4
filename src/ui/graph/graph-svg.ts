import type { GraphEdge, GraphLayout, GraphNode, PlacedNode } from "../../core/graph";
import { describeEdge, describeNode, nodeLabel } from "./describe";

/** What a drawn node does when used; the plugin supplies the app's behaviour. */
export interface NodeHandlers {
  /** Opens the node's note; the event tells whether a modifier asked for a new tab. */
  open(node: GraphNode, event: MouseEvent | KeyboardEvent): void;
  /** The pointer rests on a node that has a note. */
  hover(node: GraphNode, event: MouseEvent, target: SVGElement): void;
}

const NODE_CLASS = "attack-lens-graph-node";

/** Draws a laid-out graph as SVG: guide rings, then edges, then nodes on top. */
export function drawGraph(
  host: HTMLElement,
  layout: GraphLayout,
  label: string,
  handlers: NodeHandlers,
): SVGSVGElement {
  const svg = host.createSvg("svg", {
    cls: "attack-lens-graph-svg",
    attr: { role: "group", "aria-label": label, preserveAspectRatio: "xMidYMid meet" },
  });
  const byId = new Map(layout.nodes.map((p) => [p.node.id, p]));
  const nodes = new Map(layout.nodes.map((p) => [p.node.id, p.node]));
  for (const radius of layout.rings) if (radius > 0) drawRing(svg, radius);
  const edgeLayer = svg.createSvg("g", { cls: "attack-lens-graph-edges" });
  for (const edge of layout.edges) drawEdge(edgeLayer, edge, byId, nodes);
  const nodeLayer = svg.createSvg("g", { cls: "attack-lens-graph-nodes" });
  for (const placed of layout.nodes) drawNode(nodeLayer, placed, handlers);
  return svg;
}

function drawRing(svg: SVGSVGElement, radius: number): void {
  svg.createSvg("circle", { cls: "attack-lens-graph-ring", attr: { cx: 0, cy: 0, r: radius } });
}

function drawEdge(
  layer: SVGGElement,
  edge: GraphEdge,
  byId: ReadonlyMap<string, PlacedNode>,
  nodes: ReadonlyMap<string, GraphNode>,
): void {
  const from = byId.get(edge.from);
  const to = byId.get(edge.to);
  if (!from || !to) return;
  const line = layer.createSvg("line", {
    cls: ["attack-lens-graph-edge", `attack-lens-graph-edge-${edge.kind}`],
    attr: {
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      "data-from": edge.from,
      "data-to": edge.to,
    },
  });
  line.createSvg("title").textContent = describeEdge(edge, nodes);
  line.addEventListener("mouseenter", () => line.addClass("is-hovered"));
  line.addEventListener("mouseleave", () => line.removeClass("is-hovered"));
}

function drawNode(layer: SVGGElement, placed: PlacedNode, handlers: NodeHandlers): void {
  const { node } = placed;
  const group = layer.createSvg("g", {
    cls: nodeClasses(node),
    attr: {
      transform: `translate(${placed.x} ${placed.y})`,
      tabindex: 0,
      role: node.path === undefined ? "img" : "link",
      "aria-label": describeNode(node),
      "data-node": node.id,
    },
  });
  group.createSvg("title").textContent = describeNode(node);
  drawShape(group, node, placed.radius);
  drawInnerText(group, node);
  if (node.coverage) drawBadge(group, node.coverage, placed.radius);
  const text = group.createSvg("text", {
    cls: "attack-lens-graph-label",
    attr: { y: placed.radius + 13 },
  });
  text.textContent = nodeLabel(node);
  wireNode(group, node, handlers);
}

function nodeClasses(node: GraphNode): string[] {
  const classes = [NODE_CLASS, `attack-lens-graph-kind-${node.kind}`];
  if (node.depth === 0) classes.push("is-centre");
  if (node.current) classes.push("is-current");
  if (node.path !== undefined) classes.push("has-note");
  if (node.state !== undefined && node.state !== "active") classes.push("is-not-active");
  if (node.coverage) classes.push(coverageClass(node.coverage.rules, node.coverage.tests));
  return classes;
}

/** Coverage at a glance: the ring colour says whether rules, tests, both or neither exist. */
function coverageClass(rules: number, tests: number): string {
  if (rules > 0 && tests > 0) return "is-covered";
  if (rules > 0) return "is-rules-only";
  return tests > 0 ? "is-tests-only" : "is-uncovered";
}

function drawShape(group: SVGGElement, node: GraphNode, r: number): void {
  const cls = "attack-lens-graph-shape";
  if (node.kind === "tactic" || node.kind === "rule") {
    group.createSvg("rect", {
      cls,
      attr: { x: -r, y: -r, width: 2 * r, height: 2 * r, rx: r / 3 },
    });
  } else if (node.kind === "test") {
    group.createSvg("polygon", { cls, attr: { points: `0,${-r} ${r},0 0,${r} ${-r},0` } });
  } else if (node.kind === "software" || node.kind === "group") {
    group.createSvg("polygon", { cls, attr: { points: hexagon(r) } });
  } else group.createSvg("circle", { cls, attr: { r } });
}

function hexagon(r: number): string {
  return Array.from({ length: 6 }, (_, i) => {
    const angle = (Math.PI / 3) * i;
    return `${round(Math.cos(angle) * r)},${round(Math.sin(angle) * r)}`;
  }).join(" ");
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Folded nodes show their count inside. */
function drawInnerText(group: SVGGElement, node: GraphNode): void {
  if (node.count === undefined) return;
  const text = group.createSvg("text", { cls: "attack-lens-graph-count", attr: { dy: "0.35em" } });
  text.textContent = node.kind === "more" ? `+${node.count}` : String(node.count);
}

/** Rule and test counts in a small pill at the node's upper right. */
function drawBadge(
  group: SVGGElement,
  coverage: { rules: number; tests: number },
  r: number,
): void {
  const badge = group.createSvg("g", {
    cls: "attack-lens-graph-badge",
    attr: { transform: `translate(${r} ${-r})` },
  });
  const text = `${coverage.rules}·${coverage.tests}`;
  const width = 8 + text.length * 6;
  badge.createSvg("rect", { attr: { x: -width / 2, y: -8, width, height: 16, rx: 8 } });
  badge.createSvg("text", { attr: { dy: "0.35em" } }).textContent = text;
}

function wireNode(group: SVGGElement, node: GraphNode, handlers: NodeHandlers): void {
  group.addEventListener("click", (event) => {
    if (node.path !== undefined) handlers.open(node, event);
  });
  group.addEventListener("keydown", (event) => onNodeKey(event, group, node, handlers));
  group.addEventListener("mouseenter", (event) => {
    highlightEdges(group, node.id, true);
    if (node.path !== undefined) handlers.hover(node, event, group);
  });
  group.addEventListener("mouseleave", () => highlightEdges(group, node.id, false));
  group.addEventListener("focus", () => highlightEdges(group, node.id, true));
  group.addEventListener("blur", () => highlightEdges(group, node.id, false));
}

function onNodeKey(
  event: KeyboardEvent,
  group: SVGGElement,
  node: GraphNode,
  handlers: NodeHandlers,
): void {
  if (event.key === "Enter" && node.path !== undefined) {
    event.preventDefault();
    handlers.open(node, event);
  } else if (["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"].includes(event.key)) {
    event.preventDefault();
    focusSibling(group, event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : -1);
  }
}

/** Arrow keys walk the nodes in drawing order, wrapping at the ends. */
function focusSibling(group: SVGGElement, step: 1 | -1): void {
  const all = [...(group.parentElement?.children ?? [])].filter((n) => n.hasClass(NODE_CLASS));
  const next = all[(all.indexOf(group) + step + all.length) % all.length];
  if (next instanceof SVGElement) next.focus();
}

function highlightEdges(group: SVGGElement, id: string, on: boolean): void {
  const svg = group.ownerSVGElement;
  if (!svg) return;
  for (const line of svg.querySelectorAll(".attack-lens-graph-edge")) {
    if (line.getAttribute("data-from") === id || line.getAttribute("data-to") === id) {
      line.toggleClass("is-active", on);
    }
  }
}
