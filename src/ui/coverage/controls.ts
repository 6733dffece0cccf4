import type { FilterChoices } from "../../core/coverage/choices";
import { MEASURES, type Measure } from "../../core/coverage/measure";
import type { CoverageOptions } from "../../core/coverage/options";
import { el } from "../dom";
import { STRINGS } from "../strings";
import type { CoverageViewState, ExportFormat } from "./host";

const S = STRINGS.coverage;

/** What the controls report back to the panel. */
export interface ControlHandlers {
  readonly onMeasure: (measure: Measure) => void;
  readonly onOptions: (change: Partial<CoverageOptions>) => void;
  readonly onExport: (format: ExportFormat) => void;
}

/** Draws the measure, roll-up, filter, search and export controls. */
export function renderControls(
  parent: HTMLElement,
  state: CoverageViewState,
  choices: FilterChoices,
  handlers: ControlHandlers,
): void {
  const bar = el("div", { cls: "attack-lens-coverage-controls" }, parent);
  renderMeasure(bar, state.measure, handlers);
  renderRollUp(bar, state.options.rollUp, handlers);
  const filters = el("div", { cls: "attack-lens-coverage-filters" }, parent);
  const levelNames = choices.levels.map((l) => ({
    value: l,
    label: l === "other" ? S.otherLevel : l,
  }));
  const tactics = choices.tactics.map((t) => ({ value: t.shortname, label: t.name }));
  filterSelect(
    filters,
    "platforms",
    S.platformLabel,
    S.allPlatforms,
    plain(choices.platforms),
    state,
    handlers,
  );
  filterSelect(filters, "levels", S.levelLabel, S.allLevels, levelNames, state, handlers);
  filterSelect(
    filters,
    "statuses",
    S.statusLabel,
    S.allStatuses,
    plain(choices.statuses),
    state,
    handlers,
  );
  filterSelect(filters, "tactics", S.tacticLabel, S.allTactics, tactics, state, handlers);
  renderSearch(filters, state.options.search, handlers);
  renderExports(parent, handlers);
}

function plain(values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: value }));
}

function renderMeasure(parent: HTMLElement, measure: Measure, handlers: ControlHandlers): void {
  const label = el("label", { cls: "attack-lens-coverage-control" }, parent);
  el("span", { text: S.measureLabel }, label);
  const select = el("select", { cls: "dropdown", attrs: { "data-control": "measure" } }, label);
  for (const value of MEASURES) {
    const option = el("option", { text: S.measures[value], attrs: { value } }, select);
    option.selected = value === measure;
  }
  select.title = S.weightsHint;
  select.addEventListener("change", () => handlers.onMeasure(select.value as Measure));
}

function renderRollUp(parent: HTMLElement, rollUp: boolean, handlers: ControlHandlers): void {
  const wrap = el("div", { cls: "attack-lens-coverage-rollup" }, parent);
  const label = el("label", { cls: "attack-lens-coverage-control" }, wrap);
  const box = el("input", { attrs: { type: "checkbox", "data-control": "rollup" } }, label);
  box.checked = rollUp;
  el("span", { text: S.rollUpLabel }, label);
  el(
    "strong",
    { cls: "attack-lens-coverage-rollup-state", text: rollUp ? S.rollUpOn : S.rollUpOff },
    wrap,
  );
  el("span", { cls: "attack-lens-hint", text: rollUp ? S.rollUpOnHint : S.rollUpOffHint }, wrap);
  box.addEventListener("change", () => handlers.onOptions({ rollUp: box.checked }));
}

type ListKey = "platforms" | "levels" | "statuses" | "tactics";

function filterSelect(
  parent: HTMLElement,
  key: ListKey,
  labelText: string,
  allText: string,
  values: readonly { value: string; label: string }[],
  state: CoverageViewState,
  handlers: ControlHandlers,
): void {
  const label = el("label", { cls: "attack-lens-coverage-control" }, parent);
  el("span", { text: labelText }, label);
  const select = el("select", { cls: "dropdown", attrs: { "data-control": key } }, label);
  el("option", { text: allText, attrs: { value: "" } }, select);
  const chosen = state.options[key][0] ?? "";
  for (const { value, label: text } of values) {
    el("option", { text, attrs: { value } }, select).selected = value === chosen;
  }
  select.addEventListener("change", () =>
    handlers.onOptions({ [key]: select.value === "" ? [] : [select.value] }),
  );
}

function renderSearch(parent: HTMLElement, search: string, handlers: ControlHandlers): void {
  const input = el(
    "input",
    {
      cls: "attack-lens-coverage-search",
      attrs: {
        type: "search",
        placeholder: S.searchPlaceholder,
        "aria-label": S.searchLabel,
        "data-control": "search",
      },
    },
    parent,
  );
  input.value = search;
  input.addEventListener("input", () => handlers.onOptions({ search: input.value }));
}

function renderExports(parent: HTMLElement, handlers: ControlHandlers): void {
  const bar = el("div", { cls: "attack-lens-coverage-exports" }, parent);
  el("span", { cls: "attack-lens-hint", text: S.exportHeading }, bar);
  const formats: [ExportFormat, string][] = [
    ["navigator", S.exportNavigator],
    ["csv", S.exportCsv],
    ["markdown", S.exportMarkdown],
  ];
  for (const [format, text] of formats) {
    const button = el("button", { text, attrs: { "data-export": format } }, bar);
    button.addEventListener("click", () => handlers.onExport(format));
  }
}
