import type { CoverageModel } from "../model";
import { FLAT_HEADER, flatCells, flatRows } from "./table-rows";

/** Characters that make a spreadsheet read a cell as a formula when they open it. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break, quotes
 * doubled. Text a spreadsheet would run as a formula gets a leading apostrophe first.
 */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV line from fields, ended with CRLF as RFC 4180 asks. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

/** The visible techniques as CSV, one row each, with a header row. */
export function coverageCsv(model: CoverageModel): string {
  return [FLAT_HEADER, ...flatRows(model).map(flatCells)].map(csvLine).join("");
}
