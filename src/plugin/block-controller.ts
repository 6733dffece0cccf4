import { blockResults } from "../core/blocks/block-results";
import type { VaultIndex } from "../core/index/vault-index";
import { getLogger } from "../core/log";
import { parseQuery } from "../core/query/parser";
import type { QueryNode } from "../core/query/ast";
import { renderBlockResults, renderQueryError, type BlockViewContext } from "../ui/block-view";
import { clear, el } from "../ui/dom";
import { STRINGS } from "../ui/strings";

const log = getLogger("query-block");

/** How long to wait after the last index change before drawing again. */
export const RERENDER_DELAY_MS = 250;

/** What a live block needs from the plugin. */
export interface BlockDeps {
  readonly index: VaultIndex;
  readonly isIndexReady: () => boolean;
  readonly viewContext: (sourcePath: string) => BlockViewContext;
  /** Calls `listener` whenever settings change what blocks show; returns how to stop. */
  readonly onRedraw?: (listener: () => void) => () => void;
}

/**
 * One `query` block on screen: draws its results, then redraws when the index changes,
 * debounced, and only while the block is visible. `dispose` stops everything it started.
 */
export class LiveBlock {
  private query: QueryNode | undefined;
  private drawnVersion = -1;
  private visible = true;
  private timer: number | undefined;
  private readonly stops: (() => void)[] = [];

  constructor(
    readonly container: HTMLElement,
    readonly source: string,
    private readonly sourcePath: string,
    private readonly deps: BlockDeps,
  ) {}

  /** Draws the block and starts following the index. */
  start(): void {
    const parsed = parseQuery(this.source);
    if (!parsed.ok) {
      renderQueryError(this.container, this.source, parsed.error);
      return;
    }
    this.query = parsed.query;
    this.draw();
    this.stops.push(this.deps.index.onChange(() => this.schedule()));
    if (this.deps.onRedraw) this.stops.push(this.deps.onRedraw(() => this.redraw()));
    this.watchVisibility();
  }

  /** Draws again now even though the index has not changed, e.g. after columns changed. */
  redraw(): void {
    this.drawnVersion = -1;
    if (this.visible) this.draw();
  }

  dispose(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = undefined;
    for (const stop of this.stops.splice(0)) stop();
  }

  private schedule(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      if (this.visible) this.draw();
    }, RERENDER_DELAY_MS);
  }

  private draw(): void {
    if (!this.query || this.drawnVersion === this.deps.index.version) return;
    if (!this.deps.isIndexReady()) {
      clear(this.container);
      el("div", { cls: "attack-lens-loading", text: STRINGS.indexLoading }, this.container);
      return;
    }
    this.drawnVersion = this.deps.index.version;
    try {
      renderBlockResults(
        this.container,
        blockResults(this.query, this.deps.index),
        this.deps.viewContext(this.sourcePath),
      );
    } catch (error) {
      log.error(`a query block in ${this.sourcePath} could not be drawn`, error);
    }
  }

  /** Off-screen blocks skip redraws and catch up when they scroll back into view. */
  private watchVisibility(): void {
    if (typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      this.visible = entries.some((entry) => entry.isIntersecting);
      if (this.visible) this.draw();
    });
    observer.observe(this.container);
    this.stops.push(() => observer.disconnect());
  }
}
