import type { Setting } from "obsidian";
import { columnRows, moveColumn, toggleColumn, type ColumnRow } from "../core/settings-edit";
import { clear, el } from "../ui/dom";
import { fieldMessage } from "../ui/field-message";
import { STRINGS } from "../ui/strings";

const S = STRINGS.settings.tables;

type ColumnName = keyof typeof STRINGS.column;

/** One table's columns: every column it can show, and how to read and save the choice. */
export interface ColumnEditorOptions<T extends ColumnName> {
  readonly all: readonly T[];
  readonly shown: () => readonly T[];
  readonly save: (columns: T[]) => void;
}

/**
 * A list inside the setting row with one line per column: a checkbox shows or hides it,
 * arrows move a shown column up or down. The list is drawn again after each change, so the
 * order on screen is the order saved. Plain controls keep it working in both the tab we
 * draw and the app's declarative settings.
 */
export function columnEditor<T extends ColumnName>(
  setting: Setting,
  options: ColumnEditorOptions<T>,
): void {
  const message = fieldMessage(setting.infoEl);
  const list = el(
    "div",
    { cls: "attack-lens-column-list", attrs: { role: "list" } },
    setting.controlEl,
  );
  const draw = (): void => {
    clear(list);
    const rows = columnRows(options.shown(), options.all);
    const shown = rows.filter((row) => row.shown).map((row) => row.column);
    for (const row of rows) columnLine(list, row, shown, change);
  };
  const change = (next: T[] | undefined): void => {
    if (next === undefined) {
      message.error(S.lastColumn);
    } else {
      message.clear();
      options.save(next);
    }
    draw();
  };
  draw();
}

/** One column's line; `change` gets the new order, or undefined when the change is refused. */
function columnLine<T extends ColumnName>(
  list: HTMLElement,
  row: ColumnRow<T>,
  shown: readonly T[],
  change: (next: T[] | undefined) => void,
): void {
  const line = el("div", { cls: "attack-lens-column-row", attrs: { role: "listitem" } }, list);
  if (!row.shown) line.classList.add("attack-lens-column-hidden");
  const label = el("label", { cls: "attack-lens-column-label" }, line);
  const box = el("input", { attrs: { type: "checkbox" } }, label);
  box.checked = row.shown;
  el("span", { text: STRINGS.column[row.column] }, label);
  box.addEventListener("change", () => change(toggled(shown, row.column, box.checked)));
  const index = shown.indexOf(row.column);
  arrowButton(line, "↑", S.moveUp, index <= 0, () => change(moveColumn(shown, row.column, -1)));
  const atEnd = index === -1 || index === shown.length - 1;
  arrowButton(line, "↓", S.moveDown, atEnd, () => change(moveColumn(shown, row.column, 1)));
}

function toggled<T extends ColumnName>(
  shown: readonly T[],
  column: T,
  on: boolean,
): T[] | undefined {
  const next = toggleColumn(shown, column, on);
  return !on && next.includes(column) ? undefined : next;
}

function arrowButton(
  line: HTMLElement,
  arrow: string,
  label: string,
  disabled: boolean,
  onClick: () => void,
): void {
  const attrs = { type: "button", "aria-label": label };
  const button = el(
    "button",
    { cls: "attack-lens-column-move", text: arrow, title: label, attrs },
    line,
  );
  button.disabled = disabled;
  button.addEventListener("click", onClick);
}
