import type {
  Bounds,
  GraphLayout,
  GraphNotice,
  NoGraphReason,
  TechniqueGraph,
} from "../../core/graph";
import { el } from "../dom";
import { STRINGS } from "../strings";
import { drawGraph, type NodeHandlers } from "./graph-svg";
import { Viewport } from "./viewport";

const S = STRINGS.graph;
const ZOOM_STEP = 1.25;

/** What the panel can show. */
export type GraphPanelState =
  | { readonly kind: "loading" }
  | { readonly kind: "empty"; readonly reason: NoGraphReason }
  | {
      readonly kind: "graph";
      readonly graph: TechniqueGraph;
      readonly layout: GraphLayout;
      readonly attackVersion: string;
    };

export interface GraphPanelHandlers extends NodeHandlers {
  /** The reader switched between direct neighbours (1) and their neighbours too (2). */
  setDepth(depth: 1 | 2): void;
}

/**
 * The graph side panel's content: a toolbar (zoom, fit, depth), notices about the centre
 * technique, and the drawing with wheel zoom and drag to pan. Knows nothing of the app.
 */
export class GraphPanel {
  private readonly body: HTMLElement;
  private readonly depthButton: HTMLButtonElement;
  private viewport: Viewport | undefined;
  private svgEl: SVGSVGElement | undefined;
  private centresKey = "";
  private depth: 1 | 2;

  constructor(
    root: HTMLElement,
    private readonly handlers: GraphPanelHandlers,
    depth: 1 | 2 = 1,
  ) {
    this.depth = depth;
    root.addClass("attack-lens-graph-panel");
    const toolbar = el("div", { cls: "attack-lens-graph-toolbar" }, root);
    this.button(toolbar, "+", S.zoomIn, () => this.zoom(ZOOM_STEP));
    this.button(toolbar, "−", S.zoomOut, () => this.zoom(1 / ZOOM_STEP));
    this.button(toolbar, S.fit, S.fit, () => this.fit());
    this.depthButton = this.button(toolbar, S.depth(depth), S.depthHint, () => this.toggleDepth());
    this.body = el("div", { cls: "attack-lens-graph-body" }, root);
  }

  /** The drawn SVG, when a graph is shown. */
  get svg(): SVGSVGElement | undefined {
    return this.svgEl;
  }

  show(state: GraphPanelState): void {
    this.body.empty();
    this.svgEl = undefined;
    if (state.kind === "loading") this.message(STRINGS.indexLoading);
    else if (state.kind === "empty") this.showEmpty(state.reason);
    else this.showGraph(state.graph, state.layout, state.attackVersion);
  }

  zoom(factor: number): void {
    this.viewport?.zoom(factor);
    this.applyViewBox();
  }

  fit(): void {
    this.viewport?.fit();
    this.applyViewBox();
  }

  private showEmpty(reason: NoGraphReason): void {
    const box = el("div", { cls: "attack-lens-graph-empty" }, this.body);
    el("p", { cls: "attack-lens-graph-empty-title", text: S.emptyTitle }, box);
    el("p", { text: reason === "no-note" ? S.noNoteHint : S.emptyHint }, box);
    this.centresKey = "";
  }

  private message(text: string): void {
    el("div", { cls: "attack-lens-graph-empty", text }, this.body);
  }

  private showGraph(graph: TechniqueGraph, layout: GraphLayout, version: string): void {
    for (const notice of graph.notices) {
      el("div", { cls: "attack-lens-graph-notice", text: noticeText(notice, version) }, this.body);
    }
    const centres = graph.centres.map((id) => id.replace(/^technique:/, "")).join(", ");
    const sameCentres = this.centresKey === graph.centres.join("\n");
    const kept =
      sameCentres && this.viewport?.isFitted === false ? this.viewport.viewBox : undefined;
    this.centresKey = graph.centres.join("\n");
    const canvas = el("div", { cls: "attack-lens-graph-canvas" }, this.body);
    this.svgEl = drawGraph(canvas, layout, S.graphLabel(centres), this.handlers);
    this.viewport = new Viewport(layout.bounds);
    if (kept) this.viewport.moveTo(keepShape(kept, layout.bounds));
    this.applyViewBox();
    this.wirePanZoom(this.svgEl);
  }

  private applyViewBox(): void {
    if (this.svgEl && this.viewport)
      this.svgEl.setAttribute("viewBox", this.viewport.toAttribute());
  }

  /** Shows `depth` on the toolbar without asking for a redraw (the caller redraws). */
  setDepth(depth: 1 | 2): void {
    this.depth = depth;
    this.depthButton.setText(S.depth(depth));
    this.depthButton.setAttr("aria-pressed", String(depth === 2));
  }

  private toggleDepth(): void {
    this.setDepth(this.depth === 1 ? 2 : 1);
    this.handlers.setDepth(this.depth);
  }

  private button(
    parent: HTMLElement,
    text: string,
    label: string,
    run: () => void,
  ): HTMLButtonElement {
    const button = el(
      "button",
      { cls: "attack-lens-graph-button", text, attrs: { "aria-label": label } },
      parent,
    );
    button.addEventListener("click", run);
    return button;
  }

  private wirePanZoom(svg: SVGSVGElement): void {
    svg.addEventListener("wheel", (event) => this.onWheel(svg, event), { passive: false });
    let last: { x: number; y: number } | undefined;
    svg.addEventListener("pointerdown", (event) => {
      if (event.button !== 0 || isOnNode(event.target)) return;
      last = { x: event.clientX, y: event.clientY };
      svg.setPointerCapture?.(event.pointerId);
      svg.addClass("is-panning");
    });
    svg.addEventListener("pointermove", (event) => {
      if (!last) return;
      const rect = svg.getBoundingClientRect();
      const scale = this.viewport?.unitsPerPixel(rect.width, rect.height) ?? 1;
      this.viewport?.pan((event.clientX - last.x) * scale, (event.clientY - last.y) * scale);
      last = { x: event.clientX, y: event.clientY };
      this.applyViewBox();
    });
    const end = (): void => {
      last = undefined;
      svg.removeClass("is-panning");
    };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
  }

  private onWheel(svg: SVGSVGElement, event: WheelEvent): void {
    event.preventDefault();
    const rect = svg.getBoundingClientRect();
    const point = this.viewport?.toGraph(
      event.clientX - rect.left,
      event.clientY - rect.top,
      rect.width,
      rect.height,
    );
    this.viewport?.zoom(Math.exp(-event.deltaY * 0.002), rect.width > 0 ? point : undefined);
    this.applyViewBox();
  }
}

function isOnNode(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(".attack-lens-graph-node") !== null;
}

/** A kept view stays centred where it was but takes the new graph's aspect ratio. */
function keepShape(kept: Bounds, whole: Bounds): Bounds {
  const height = kept.width * (whole.height / whole.width);
  return { ...kept, y: kept.y + (kept.height - height) / 2, height };
}

/** What a notice tells the reader, with what to do about it where there is something to do. */
export function noticeText(notice: GraphNotice, version: string): string {
  if (notice.kind === "truncated") return S.truncated(notice.shown);
  if (notice.kind === "revoked") return S.revoked(notice.id, version, notice.successor);
  if (notice.kind === "deprecated") return S.deprecated(notice.id, version);
  return S.unknown(notice.id, version);
}
