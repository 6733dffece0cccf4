import type { BlockResults } from "../core/blocks/block-results";
import type { NoteRecord } from "../core/notes/note";
import type { QueryError } from "../core/query/ast";
import type { RuleColumn, TestColumn } from "../core/settings";
import { clear, el } from "./dom";
import { STRINGS } from "./strings";
import { renderTable, type Column } from "./table";

/** What the block view needs from its host: settings and how to open or preview a note. */
export interface BlockViewContext {
  readonly ruleColumns: readonly RuleColumn[];
  readonly testColumns: readonly TestColumn[];
  readonly techniqueName: (id: string) => string | undefined;
  readonly openNote: (path: string, event: MouseEvent | KeyboardEvent) => void;
  readonly hoverNote?: (path: string, event: MouseEvent, target: HTMLElement) => void;
}

const LEVEL_ORDER = ["critical", "high", "medium", "low", "informational"];

/** Renders one block's results into `container`, replacing what was there. */
export function renderBlockResults(
  container: HTMLElement,
  results: BlockResults,
  ctx: BlockViewContext,
): void {
  clear(container);
  container.classList.add("attack-lens-block");
  renderSummary(container, results);
  if (results.matches.length === 0 && results.fromSubtechniques.length === 0) {
    renderEmpty(container);
    return;
  }
  renderKindTables(container, results.rules, results.tests, ctx);
  if (results.others.length > 0) renderOthers(container, results.others, ctx);
  if (results.fromSubtechniques.length > 0) renderSubtechniques(container, results, ctx);
}

function renderSummary(container: HTMLElement, results: BlockResults): void {
  const header = el("div", { cls: "attack-lens-block-header" }, container);
  if (results.technique)
    el("span", { cls: "attack-lens-technique-id", text: results.technique }, header);
  const atomicTests = results.tests.reduce((sum, note) => sum + (note.test?.testCount ?? 0), 0);
  const summary = STRINGS.blockSummary(
    results.rules.length,
    results.tests.length,
    atomicTests,
    results.others.length,
  );
  el("span", { cls: "attack-lens-block-summary", text: summary }, header);
}

function renderEmpty(container: HTMLElement): void {
  const empty = el("div", { cls: "attack-lens-empty" }, container);
  el("p", { text: STRINGS.emptyBlock }, empty);
  el("p", { cls: "attack-lens-hint", text: STRINGS.emptyBlockHint }, empty);
}

function renderKindTables(
  container: HTMLElement,
  rules: readonly NoteRecord[],
  tests: readonly NoteRecord[],
  ctx: BlockViewContext,
): void {
  if (rules.length > 0) {
    el("h4", { cls: "attack-lens-table-heading", text: STRINGS.rulesHeading }, container);
    renderTable(container, ruleColumns(ctx), sortRules(rules), STRINGS.rulesHeading);
  }
  if (tests.length > 0) {
    el("h4", { cls: "attack-lens-table-heading", text: STRINGS.testsHeading }, container);
    renderTable(container, testColumns(ctx), sortByTitle(tests), STRINGS.testsHeading);
  }
}

function renderOthers(
  container: HTMLElement,
  others: readonly NoteRecord[],
  ctx: BlockViewContext,
): void {
  el("h4", { cls: "attack-lens-table-heading", text: STRINGS.othersHeading }, container);
  renderTable(container, [titleColumn(ctx)], sortByTitle(others), STRINGS.othersHeading);
}

function renderSubtechniques(
  container: HTMLElement,
  results: BlockResults,
  ctx: BlockViewContext,
): void {
  const section = el("details", { cls: "attack-lens-subtechniques" }, container);
  // A rule tagging two sub-techniques appears in both groups; the heading counts it once.
  const total = results.fromSubtechniquesUnique.length;
  const groups = results.fromSubtechniques;
  el("summary", { text: `${STRINGS.fromSubtechniquesHeading} (${total})` }, section);
  el("p", { cls: "attack-lens-hint", text: STRINGS.fromSubtechniquesHint }, section);
  for (const group of groups) {
    el(
      "h5",
      {
        text: STRINGS.subtechniqueSummary(
          group.id,
          ctx.techniqueName(group.id),
          group.notes.length,
        ),
      },
      section,
    );
    renderKindTables(
      section,
      group.notes.filter((n) => n.kind === "rule"),
      group.notes.filter((n) => n.kind === "test"),
      ctx,
    );
  }
}

/** Renders a query error in place of results, pointing at the part of the query at fault. */
export function renderQueryError(container: HTMLElement, source: string, error: QueryError): void {
  clear(container);
  container.classList.add("attack-lens-block", "attack-lens-error");
  container.setAttribute("role", "alert");
  el("div", { cls: "attack-lens-error-title", text: STRINGS.brokenQuery }, container);
  el("p", { cls: "attack-lens-error-message", text: error.message }, container);
  const excerpt = el("pre", { cls: "attack-lens-error-source" }, container);
  el("span", { text: source.slice(0, error.start) }, excerpt);
  el("mark", { text: source.slice(error.start, Math.max(error.end, error.start + 1)) }, excerpt);
  el("span", { text: source.slice(Math.max(error.end, error.start + 1)) }, excerpt);
  el("p", { cls: "attack-lens-hint", text: errorPlace(source, error.start) }, container);
}

/** Where an error starts, as the 1-based line and column a person counts in the block. */
function errorPlace(source: string, offset: number): string {
  const lines = source.slice(0, offset).split("\n");
  return STRINGS.queryErrorAt(lines.length, (lines[lines.length - 1] ?? "").length + 1);
}

function sortByTitle(notes: readonly NoteRecord[]): NoteRecord[] {
  return [...notes].sort((a, b) => a.title.localeCompare(b.title) || (a.path < b.path ? -1 : 1));
}

function levelRank(note: NoteRecord): number {
  const rank = LEVEL_ORDER.indexOf(note.rule?.level ?? "");
  return rank === -1 ? LEVEL_ORDER.length : rank;
}

function sortRules(notes: readonly NoteRecord[]): NoteRecord[] {
  return sortByTitle(notes).sort((a, b) => levelRank(a) - levelRank(b));
}

function titleColumn(ctx: BlockViewContext): Column<NoteRecord> {
  return {
    header: STRINGS.column.title,
    cls: "attack-lens-col-title",
    fill: (cell, note) => noteLink(cell, note, ctx),
  };
}

/** An internal link to a note: opens it on click or Enter, previews it on hover. */
export function noteLink(
  parent: HTMLElement,
  note: NoteRecord,
  ctx: BlockViewContext,
): HTMLAnchorElement {
  const link = el(
    "a",
    { cls: "internal-link", text: note.title, attrs: { href: note.path, "data-href": note.path } },
    parent,
  );
  link.addEventListener("click", (event) => {
    event.preventDefault();
    ctx.openNote(note.path, event);
  });
  if (ctx.hoverNote) {
    const hover = ctx.hoverNote;
    link.addEventListener("mouseover", (event) => hover(note.path, event, link));
  }
  return link;
}

function textColumn(
  header: string,
  cls: string,
  value: (note: NoteRecord) => string,
): Column<NoteRecord> {
  return { header, cls, fill: (cell, note) => (cell.textContent = value(note)) };
}

function ruleColumns(ctx: BlockViewContext): Column<NoteRecord>[] {
  const all: Record<RuleColumn, Column<NoteRecord>> = {
    title: titleColumn(ctx),
    level: { header: STRINGS.column.level, cls: "attack-lens-col-level", fill: fillLevel },
    status: textColumn(
      STRINGS.column.status,
      "attack-lens-col-status",
      (n) => n.rule?.status ?? "",
    ),
    logsource: textColumn(STRINGS.column.logsource, "attack-lens-col-logsource", logSource),
    modified: textColumn(
      STRINGS.column.modified,
      "attack-lens-col-modified",
      (n) => n.rule?.modified || n.rule?.created || "",
    ),
  };
  return ctx.ruleColumns.map((column) => all[column]);
}

function fillLevel(cell: HTMLTableCellElement, note: NoteRecord): void {
  const level = note.rule?.level ?? "";
  if (level === "") return;
  const known = LEVEL_ORDER.includes(level) ? level : "unknown";
  el("span", { cls: ["attack-lens-level", `attack-lens-level-${known}`], text: level }, cell);
}

function logSource(note: NoteRecord): string {
  return [note.rule?.product, note.rule?.service].filter((part) => part).join(" / ");
}

function testColumns(ctx: BlockViewContext): Column<NoteRecord>[] {
  const all: Record<TestColumn, Column<NoteRecord>> = {
    title: titleColumn(ctx),
    platforms: textColumn(STRINGS.column.platforms, "attack-lens-col-platforms", (n) =>
      (n.test?.platforms ?? []).join(", "),
    ),
    tests: textColumn(STRINGS.column.tests, "attack-lens-col-tests", (n) =>
      String(n.test?.testCount ?? 0),
    ),
    executors: textColumn(STRINGS.column.executors, "attack-lens-col-executors", (n) =>
      (n.test?.executors ?? []).join(", "),
    ),
  };
  return ctx.testColumns.map((column) => all[column]);
}
