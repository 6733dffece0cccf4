import type { Measure } from "../../core/coverage/measure";
import type { CoverageModel } from "../../core/coverage/model";
import type { TagIssue, TechniqueRow } from "../../core/coverage/rows";
import { el } from "../dom";
import { STRINGS } from "../strings";
import { legendSteps, maxValue } from "./heat";
import { wantsNewTab } from "./host";

const S = STRINGS.coverage;
/** Gap list items drawn at a time; more on request, so long lists cost nothing until opened. */
export const GAP_PAGE = 100;

/** The overall figures above the matrix. */
export function renderSummary(parent: HTMLElement, model: CoverageModel): void {
  const { techniques, withRule, withTest, withBoth } = model.summary.overall;
  const bar = el("div", { cls: "attack-lens-coverage-summary" }, parent);
  for (const [count, what] of [
    [withRule, S.summaryRule],
    [withTest, S.summaryTest],
    [withBoth, S.summaryBoth],
  ] as const) {
    el(
      "span",
      { cls: "attack-lens-coverage-figure", text: S.summary(count, techniques, what) },
      bar,
    );
  }
}

/** The colour legend of the chosen measure. */
export function renderLegend(parent: HTMLElement, model: CoverageModel, measure: Measure): void {
  const legend = el("div", { cls: "attack-lens-coverage-legend" }, parent);
  const swatch = (cls: string, text: string): void => {
    const item = el("span", { cls: "attack-lens-coverage-legend-item" }, legend);
    el("span", { cls: ["attack-lens-coverage-swatch", cls] }, item);
    el("span", { text }, item);
  };
  if (measure === "state") {
    for (const state of ["none", "tests-only", "rules-only", "rules-and-tests"] as const) {
      swatch(`attack-lens-coverage-state-${state}`, S.states[state]);
    }
    return;
  }
  swatch("attack-lens-coverage-heat-0", S.legendNone);
  for (const { step, upTo } of legendSteps(maxValue(model, measure))) {
    swatch(`attack-lens-coverage-heat-${step}`, S.legendUpTo(upTo));
  }
  if (measure === "weightedRules")
    el("span", { cls: "attack-lens-hint", text: S.weightsHint }, legend);
}

/** What the gap lists report back. */
export interface GapHandlers {
  readonly onOpen: (row: TechniqueRow, newTab: boolean) => void;
  readonly onOpenNote: (path: string, newTab: boolean) => void;
}

/** The gap lists, each folded until opened. */
export function renderGaps(parent: HTMLElement, model: CoverageModel, handlers: GapHandlers): void {
  const panel = el("div", { cls: "attack-lens-coverage-gaps" }, parent);
  el("h4", { text: S.gapsHeading }, panel);
  const { gaps } = model;
  const techniqueItem = (id: string) => techniqueLink(model.rows.get(id), id, handlers);
  gapList(panel, S.gaps.noRule, gaps.noRule, techniqueItem);
  gapList(panel, S.gaps.noTest, gaps.noTest, techniqueItem);
  gapList(panel, S.gaps.rulesNeverTested, gaps.rulesNeverTested, techniqueItem);
  gapList(panel, S.gaps.unmappedRules, gaps.unmappedRules, (path) =>
    noteLink(model, path, handlers),
  );
  for (const key of ["revokedTags", "deprecatedTags", "unknownTags"] as const) {
    gapList(panel, S.gaps[key], gaps[key], (issue) => issueItem(issue, model, handlers));
  }
}

function gapList<T>(
  parent: HTMLElement,
  title: string,
  items: readonly T[],
  draw: (item: T) => HTMLElement,
): void {
  const details = el(
    "details",
    { cls: "attack-lens-coverage-gap", attrs: { "data-gap": title } },
    parent,
  );
  el("summary", { text: S.gapCount(title, items.length) }, details);
  const list = el("ul", {}, details);
  let drawn = 0;
  const more = el("button", { cls: "attack-lens-coverage-more" }, details);
  const drawPage = (): void => {
    for (const item of items.slice(drawn, drawn + GAP_PAGE))
      el("li", {}, list).appendChild(draw(item));
    drawn = Math.min(items.length, drawn + GAP_PAGE);
    more.setText(S.showMoreGaps(items.length - drawn));
    more.toggleClass("attack-lens-hidden", drawn >= items.length);
  };
  more.addClass("attack-lens-hidden");
  more.addEventListener("click", drawPage);
  details.addEventListener("toggle", () => {
    if (details.open && drawn === 0) drawPage();
  });
}

function link(text: string, onOpen: (newTab: boolean) => void): HTMLElement {
  const anchor = el("a", { cls: "attack-lens-coverage-link", text, attrs: { href: "#" } });
  anchor.addEventListener("click", (event) => {
    event.preventDefault();
    onOpen(wantsNewTab(event));
  });
  return anchor;
}

function techniqueLink(
  row: TechniqueRow | undefined,
  id: string,
  handlers: GapHandlers,
): HTMLElement {
  return link(row ? `${row.id} ${row.name}` : id, (newTab) => row && handlers.onOpen(row, newTab));
}

function noteLink(model: CoverageModel, path: string, handlers: GapHandlers): HTMLElement {
  const title =
    model.evidence.rules.get(path)?.title ?? model.evidence.tests.get(path)?.title ?? path;
  return link(title, (newTab) => handlers.onOpenNote(path, newTab));
}

function issueItem(issue: TagIssue, model: CoverageModel, handlers: GapHandlers): HTMLElement {
  const item = el("div", {});
  el("span", { text: S.issueLine(issue.id, issue.successor, issue.paths.length) }, item);
  const notes = el("ul", {}, item);
  for (const path of issue.paths.slice(0, GAP_PAGE))
    el("li", {}, notes).appendChild(noteLink(model, path, handlers));
  return item;
}
