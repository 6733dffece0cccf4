/**
 * Canonical text for a query tree: `parseQuery(printQuery(t))` gives back `t` (spans
 * aside) for every tree the parser can produce. Values are written bare when that reads
 * back the same, and quoted otherwise.
 */
import type { Matcher, PropertyTerm, QueryNode } from "./ast";

/** Bare words: nothing the lexer treats specially, and no colon (it might read as an operator). */
const BARE_TEXT = /^(?!OR$)[^\s()"\-/[:][^\s()":]*$/u;

/** Bare operator values: they end at whitespace, parentheses or quotes, and `/` opens a regex. */
const BARE_VALUE = /^(?!OR$)[^\s()"/#][^\s()"]*$/u;

/** Bare property values: trimmed and read up to `]`, so no `]`, line break or edge space. */
const BARE_PROPERTY_VALUE = /^[^\s"/\]](?:[^\]\n\r]*[^\s\]])?$/u;

/** Writes a query tree back as query text in one canonical form. */
export function printQuery(node: QueryNode): string {
  switch (node.kind) {
    case "and":
      return node.children.map((c) => (isGroup(c) ? paren(c) : printQuery(c))).join(" ");
    case "or":
      return node.children.map((c) => (c.kind === "or" ? paren(c) : printQuery(c))).join(" OR ");
    case "not":
      return "-" + (isGroup(node.child) ? paren(node.child) : printQuery(node.child));
    case "tag":
      return "tag:" + printValue(node.value, BARE_VALUE);
    case "path":
    case "file":
      return `${node.kind}:${printMatcher(node.match, BARE_VALUE)}`;
    case "property":
      return printProperty(node);
    case "text":
      return printMatcher(node.match, BARE_TEXT);
  }
}

function isGroup(node: QueryNode): boolean {
  return node.kind === "and" || node.kind === "or";
}

function paren(node: QueryNode): string {
  return `(${printQuery(node)})`;
}

function printProperty(node: PropertyTerm): string {
  const value = node.match === undefined ? "" : ":" + printMatcher(node.match, BARE_PROPERTY_VALUE);
  return `[${node.name}${value}]`;
}

function printMatcher(match: Matcher, bare: RegExp): string {
  return match.type === "regex" ? `/${match.source}/` : printValue(match.value, bare);
}

function printValue(value: string, bare: RegExp): string {
  return bare.test(value) ? value : quote(value);
}

/** Quotes text, escaping the two characters the lexer unescapes inside quotes. */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => "\\" + c)}"`;
}
