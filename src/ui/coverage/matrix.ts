import { measureValue, type Measure } from "../../core/coverage/measure";
import type { MatrixEntry } from "../../core/coverage/matrix";
import type { CoverageModel } from "../../core/coverage/model";
import type { TechniqueRow } from "../../core/coverage/rows";
import { countsFor } from "../../core/coverage/summary";
import { el } from "../dom";
import { STRINGS } from "../strings";
import { cellClass, maxValue } from "./heat";
import { wantsNewTab } from "./host";

const S = STRINGS.coverage;

/** What the matrix reports back. */
export interface MatrixHandlers {
  readonly onOpen: (row: TechniqueRow, newTab: boolean) => void;
  readonly onToggle: (key: string) => void;
}

interface MatrixContext {
  readonly model: CoverageModel;
  readonly measure: Measure;
  readonly max: number;
  readonly expanded: ReadonlySet<string>;
  readonly handlers: MatrixHandlers;
}

/**
 * Draws tactics as columns in matrix order, techniques as focusable cells, and a
 * technique's sub-techniques only once it is expanded, so large matrices stay light.
 */
export function renderMatrix(
  parent: HTMLElement,
  model: CoverageModel,
  measure: Measure,
  expanded: ReadonlySet<string>,
  handlers: MatrixHandlers,
): void {
  const ctx = { model, measure, max: maxValue(model, measure), expanded, handlers };
  const matrix = el("div", { cls: "attack-lens-coverage-matrix", attrs: { role: "grid" } }, parent);
  for (const column of model.columns) {
    const figures = model.summary.byTactic.get(column.tactic.shortname);
    const title = figures
      ? S.tacticFigures(figures.withRule, figures.withTest, figures.techniques)
      : "";
    renderColumn(matrix, column.tactic.shortname, column.tactic.name, title, column.entries, ctx);
  }
  if (model.unplaced.length > 0)
    renderColumn(matrix, "unplaced", S.unplacedHeading, "", model.unplaced, ctx);
  if (model.visible.length === 0)
    el("p", { cls: "attack-lens-empty", text: S.emptyMatrix }, parent);
}

function renderColumn(
  matrix: HTMLElement,
  key: string,
  name: string,
  figures: string,
  entries: readonly MatrixEntry[],
  ctx: MatrixContext,
): void {
  const column = el(
    "div",
    { cls: "attack-lens-coverage-column", attrs: { "data-tactic": key } },
    matrix,
  );
  const header = el("div", { cls: "attack-lens-coverage-column-header" }, column);
  el("div", { cls: "attack-lens-coverage-tactic", text: name }, header);
  if (figures !== "")
    el("div", { cls: "attack-lens-coverage-tactic-figures", text: figures }, header);
  for (const entry of entries) renderEntry(column, key, entry, ctx);
}

function renderEntry(
  column: HTMLElement,
  tactic: string,
  entry: MatrixEntry,
  ctx: MatrixContext,
): void {
  const row = ctx.model.rows.get(entry.id);
  if (!row) return;
  const group = el("div", { cls: "attack-lens-coverage-group" }, column);
  const line = el("div", { cls: "attack-lens-coverage-line" }, group);
  renderCell(line, row, ctx, entry.matches ? [] : ["is-context"]);
  if (entry.subtechniques.length === 0) return;
  const key = `${tactic}/${entry.id}`;
  const open = ctx.expanded.has(key);
  const toggle = el(
    "button",
    {
      cls: "attack-lens-coverage-toggle",
      text: open ? "▾" : "▸",
      attrs: {
        "aria-expanded": String(open),
        "aria-label": open ? S.collapse : S.expand(entry.subtechniques.length),
        "data-toggle-key": key,
      },
      title: open ? S.collapse : S.expand(entry.subtechniques.length),
    },
    line,
  );
  toggle.addEventListener("click", () => ctx.handlers.onToggle(key));
  if (!open) return;
  const subs = el("div", { cls: "attack-lens-coverage-subtechniques" }, group);
  for (const id of entry.subtechniques) {
    const sub = ctx.model.rows.get(id);
    if (sub) renderCell(subs, sub, ctx, ["is-subtechnique"]);
  }
}

function renderCell(
  parent: HTMLElement,
  row: TechniqueRow,
  ctx: MatrixContext,
  extra: string[],
): void {
  const counts = countsFor(row, ctx.model.options.rollUp);
  const value = measureValue(counts, ctx.measure);
  const flag = row.state === "active" ? undefined : S.flags[row.state];
  const cell = el(
    "div",
    {
      cls: [
        "attack-lens-coverage-cell",
        cellClass(counts, ctx.measure, ctx.max),
        ...extra,
        flag ? "is-flagged" : "",
      ],
      attrs: { tabindex: "0", role: "gridcell", "data-technique": row.id },
      title: cellTitle(row, counts, flag),
    },
    parent,
  );
  el("span", { cls: "attack-lens-coverage-id", text: row.id }, cell);
  el("span", { cls: "attack-lens-coverage-name", text: row.name }, cell);
  const shown = ctx.measure === "state" ? S.states[counts.state] : S.cellCount(value);
  el("span", { cls: "attack-lens-coverage-value", text: shown }, cell);
  if (flag)
    el(
      "span",
      { cls: "attack-lens-coverage-flag", text: "!", attrs: { "aria-label": flag } },
      cell,
    );
  cell.addEventListener("click", (event) => ctx.handlers.onOpen(row, wantsNewTab(event)));
  cell.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    ctx.handlers.onOpen(row, wantsNewTab(event));
  });
}

function cellTitle(
  row: TechniqueRow,
  counts: ReturnType<typeof countsFor>,
  flag: string | undefined,
): string {
  const lines = [S.cellTitle(row.id, row.name, counts.rules, counts.testNotes, counts.atomicTests)];
  if (row.aliases.length > 0) lines.push(S.aliasNote(row.aliases.join(", ")));
  if (flag) lines.push(flag);
  return lines.join("\n");
}
