import type { CoverageModel } from "../../core/coverage/model";
import { coverageOptions, type CoverageOptions } from "../../core/coverage/options";
import { getLogger } from "../../core/log";
import { clear, el } from "../dom";
import { STRINGS } from "../strings";
import { renderControls } from "./controls";
import type { CoverageHost, CoverageViewState } from "./host";
import { renderMatrix } from "./matrix";
import { renderGaps, renderLegend, renderSummary } from "./panels";

const log = getLogger("coverage-view");

/** How long the search box waits after the last key before redrawing. */
export const SEARCH_DELAY_MS = 200;

/**
 * The coverage view's content: controls on top, then the summary, legend, matrix and gap
 * lists. Changing a control rebuilds the model and redraws everything below the controls,
 * so the search box keeps its focus while typing.
 */
export class CoveragePanel {
  private state: CoverageViewState;
  private model: CoverageModel | undefined;
  private searchTimer: number | undefined;
  private readonly controlsEl: HTMLElement;
  private readonly bodyEl: HTMLElement;

  constructor(
    readonly root: HTMLElement,
    private readonly host: CoverageHost,
    initial: Partial<CoverageOptions> = {},
  ) {
    this.state = { measure: "rules", options: coverageOptions(initial), expanded: new Set() };
    root.addClass("attack-lens-coverage");
    this.controlsEl = el("div", { cls: "attack-lens-coverage-top" }, root);
    this.bodyEl = el("div", { cls: "attack-lens-coverage-body" }, root);
  }

  /** What the user has chosen. */
  get current(): CoverageViewState {
    return this.state;
  }

  /** Draws controls and body from a fresh model. */
  render(): void {
    clear(this.controlsEl);
    renderControls(this.controlsEl, this.state, this.host.filterChoices(), {
      onMeasure: (measure) => this.update({ measure }),
      onOptions: (change) => this.update({ options: { ...this.state.options, ...change } }),
      onExport: (format) =>
        this.model && this.host.exportAs(format, this.model, this.state.measure),
    });
    this.refresh();
  }

  /** Rebuilds the model from the live index and redraws the body. */
  refresh(): void {
    if (!this.host.isReady()) {
      clear(this.bodyEl);
      el("div", { cls: "attack-lens-loading", text: STRINGS.coverage.loading }, this.bodyEl);
      return;
    }
    try {
      this.model = this.host.buildModel(this.state.options);
      this.drawBody(this.model);
    } catch (error) {
      log.error("the coverage view could not be drawn", error);
    }
  }

  /** Stops a pending search redraw. */
  dispose(): void {
    if (this.searchTimer !== undefined) window.clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }

  private update(change: Partial<CoverageViewState>): void {
    if (this.isSearchOnly(change)) return this.searchSoon(change);
    const rollUpChanged =
      change.options !== undefined && change.options.rollUp !== this.state.options.rollUp;
    this.state = { ...this.state, ...change };
    if (rollUpChanged) this.render();
    else if (change.options) this.refresh();
    else if (this.model) this.drawBody(this.model);
  }

  private isSearchOnly(change: Partial<CoverageViewState>): boolean {
    const next = change.options;
    if (!next || change.measure !== undefined) return false;
    const withoutSearch = (o: CoverageOptions): string => JSON.stringify({ ...o, search: "" });
    return (
      next.search !== this.state.options.search &&
      withoutSearch(next) === withoutSearch(this.state.options)
    );
  }

  /** Typing in the search box redraws once the typing pauses. */
  private searchSoon(change: Partial<CoverageViewState>): void {
    this.state = { ...this.state, ...change };
    if (this.searchTimer !== undefined) window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => {
      this.searchTimer = undefined;
      this.refresh();
    }, SEARCH_DELAY_MS);
  }

  private toggle(key: string): void {
    const expanded = new Set(this.state.expanded);
    if (!expanded.delete(key)) expanded.add(key);
    this.state = { ...this.state, expanded };
    if (this.model) this.drawBody(this.model);
    this.bodyEl.querySelector<HTMLElement>(`[data-toggle-key="${CSS.escape(key)}"]`)?.focus();
  }

  private drawBody(model: CoverageModel): void {
    clear(this.bodyEl);
    renderSummary(this.bodyEl, model);
    renderLegend(this.bodyEl, model, this.state.measure);
    renderMatrix(this.bodyEl, model, this.state.measure, this.state.expanded, {
      onOpen: (row, newTab) => this.host.openTechnique(row, newTab),
      onToggle: (key) => this.toggle(key),
    });
    renderGaps(this.bodyEl, model, {
      onOpen: (row, newTab) => this.host.openTechnique(row, newTab),
      onOpenNote: (path, newTab) => this.host.openNote(path, newTab),
    });
  }
}
