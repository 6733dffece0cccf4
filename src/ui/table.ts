import { el } from "./dom";
import { STRINGS } from "./strings";

/** One column of a results table: its header and how a row fills its cell. */
export interface Column<Row> {
  readonly header: string;
  readonly cls: string;
  readonly fill: (cell: HTMLTableCellElement, row: Row) => void;
}

/** Rows rendered at first and per "show more" click, so huge results never freeze the app. */
export const ROWS_PER_PAGE = 100;

/** A table whose rows are added a page at a time. */
export function renderTable<Row>(
  parent: HTMLElement,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  caption: string,
): HTMLTableElement {
  const wrapper = el("div", { cls: "attack-lens-table-wrapper" }, parent);
  const table = el("table", { cls: "attack-lens-table" }, wrapper);
  el("caption", { cls: "attack-lens-visually-hidden", text: caption }, table);
  renderHeader(table, columns);
  const body = el("tbody", {}, table);
  appendPage(wrapper, body, columns, rows, 0);
  return table;
}

function renderHeader<Row>(table: HTMLTableElement, columns: readonly Column<Row>[]): void {
  const row = el("tr", {}, el("thead", {}, table));
  for (const column of columns) {
    el("th", { cls: column.cls, text: column.header, attrs: { scope: "col" } }, row);
  }
}

function appendPage<Row>(
  wrapper: HTMLElement,
  body: HTMLTableSectionElement,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  from: number,
): void {
  const to = Math.min(rows.length, from + ROWS_PER_PAGE);
  for (const row of rows.slice(from, to)) renderRow(body, columns, row);
  if (to < rows.length) renderShowMore(wrapper, body, columns, rows, to);
}

function renderRow<Row>(
  body: HTMLTableSectionElement,
  columns: readonly Column<Row>[],
  row: Row,
): void {
  const tr = el("tr", {}, body);
  for (const column of columns) column.fill(el("td", { cls: column.cls }, tr), row);
}

function renderShowMore<Row>(
  wrapper: HTMLElement,
  body: HTMLTableSectionElement,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  from: number,
): void {
  const button = el(
    "button",
    { cls: "attack-lens-show-more", text: STRINGS.showMore(rows.length - from) },
    wrapper,
  );
  button.addEventListener("click", () => {
    button.remove();
    appendPage(wrapper, body, columns, rows, from);
  });
}
