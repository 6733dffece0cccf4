import type { QueryError } from "./ast";
import { evaluateQuery } from "./evaluate";
import { parseQuery } from "./parser";
import type { QueryTarget } from "./target";

/** Result of `runQuery`: matching paths in code-point order, or why the text is not a query. */
export type RunResult =
  | { readonly ok: true; readonly paths: string[] }
  | { readonly ok: false; readonly error: QueryError };

/** Parses and evaluates a `query` block's text in one step, as views need it. */
export function runQuery(text: string, target: QueryTarget): RunResult {
  const parsed = parseQuery(text);
  if (!parsed.ok) return parsed;
  // evaluateQuery already yields paths in code-point order.
  return { ok: true, paths: [...evaluateQuery(parsed.query, target)] };
}
