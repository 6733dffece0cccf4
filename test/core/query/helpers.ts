/** Test helpers: a compact notation for query trees, and span removal for equality checks. */
import { expect } from "vitest";
import type { Matcher, QueryError, QueryNode } from "../../../src/core/query/ast";
import { parseQuery } from "../../../src/core/query/parser";

/** A Lisp-like rendering of a tree, independent of `printQuery`, for readable assertions. */
export function sexpr(node: QueryNode): string {
  switch (node.kind) {
    case "and":
    case "or":
      return `(${node.kind} ${node.children.map(sexpr).join(" ")})`;
    case "not":
      return `(not ${sexpr(node.child)})`;
    case "tag":
      return `tag=${JSON.stringify(node.value)}`;
    case "path":
    case "file":
      return `${node.kind}=${matcher(node.match)}`;
    case "property":
      return `[${JSON.stringify(node.name)}${node.match ? "=" + matcher(node.match) : ""}]`;
    case "text":
      return matcher(node.match);
  }
}

function matcher(match: Matcher): string {
  return match.type === "regex" ? `/${match.source}/` : JSON.stringify(match.value);
}

/** The tree of `text` in `sexpr` notation; fails the test when `text` does not parse. */
export function parsed(text: string): string {
  const result = parseQuery(text);
  if (!result.ok)
    throw new Error(`expected ${JSON.stringify(text)} to parse: ${result.error.message}`);
  return sexpr(result.query);
}

/** The error for `text`; fails the test when `text` parses. */
export function parseError(text: string): QueryError {
  const result = parseQuery(text);
  if (result.ok)
    throw new Error(`expected ${JSON.stringify(text)} to fail, got ${sexpr(result.query)}`);
  return result.error;
}

/** Asserts the error kind and the exact text its span covers. */
export function expectError(text: string, kind: QueryError["kind"], covered: string): QueryError {
  const error = parseError(text);
  expect({ kind: error.kind, covered: text.slice(error.start, error.end) }).toEqual({
    kind,
    covered,
  });
  expect(error.message).toMatch(/^[A-Za-z(].*[.]$/s);
  return error;
}

/** A copy of the tree without spans, for comparing trees structurally. */
export function withoutSpans(node: QueryNode): unknown {
  switch (node.kind) {
    case "and":
    case "or":
      return { kind: node.kind, children: node.children.map(withoutSpans) };
    case "not":
      return { kind: "not", child: withoutSpans(node.child) };
    default: {
      return Object.fromEntries(Object.entries(node).filter(([key]) => key !== "span"));
    }
  }
}
