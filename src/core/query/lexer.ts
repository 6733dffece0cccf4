/**
 * Turns query text into tokens: parentheses, `-`, the `OR` keyword, and complete terms.
 * Terms are built here (operators, quotes, regexes, properties) so the parser only deals
 * with grouping and precedence.
 */
import type { Matcher, Span, TermNode } from "./ast";
import { fail } from "./errors";
import {
  isLineBreak,
  isSpace,
  readQuoted,
  readRegex,
  skipBlanks,
  skipSpace,
  wordEnd,
} from "./scan";

/** One lexical unit of a query. */
export type Token =
  | { readonly type: "lparen" | "rparen" | "minus" | "or"; readonly span: Span }
  | { readonly type: "term"; readonly node: TermNode; readonly span: Span };

/** Operators this module evaluates. */
const SUPPORTED = new Set(["tag", "path", "file"]);

/** Real operators of the app's search that need note text or other data the plugin lacks. */
const UNSUPPORTED = new Set([
  "content",
  "line",
  "section",
  "block",
  "task",
  "task-todo",
  "task-done",
  "match-case",
  "ignore-case",
]);

/** Splits `text` into tokens; throws `ParseFailure` (caught by `parseQuery`) on bad input. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = skipSpace(text, 0);
  while (i < text.length) {
    const token = readToken(text, i);
    tokens.push(token);
    i = skipSpace(text, token.span.end);
  }
  return tokens;
}

function readToken(text: string, i: number): Token {
  const c = text.charAt(i);
  if (c === "(") return { type: "lparen", span: { start: i, end: i + 1 } };
  if (c === ")") return { type: "rparen", span: { start: i, end: i + 1 } };
  if (c === "-") return readMinus(text, i);
  if (c === '"') return readPhrase(text, i);
  if (c === "/") return readBareRegex(text, i);
  if (c === "[") return readProperty(text, i);
  return readWord(text, i);
}

function readMinus(text: string, i: number): Token {
  const next = text.charAt(i + 1);
  if (next === "" || next === ")" || isSpace(next)) {
    fail(
      "syntax",
      "A - must be followed directly by a term or group to exclude, as in -tag:x.",
      i,
      i + 1,
    );
  }
  return { type: "minus", span: { start: i, end: i + 1 } };
}

function readPhrase(text: string, i: number): Token {
  const { value, end } = readQuoted(text, i);
  if (value === "") {
    fail("syntax", "These quotes are empty; put text between them or remove them.", i, end);
  }
  return term({ kind: "text", match: { type: "text", value }, span: { start: i, end } });
}

function readBareRegex(text: string, i: number): Token {
  const { match, end } = regexValue(text, i);
  return term({ kind: "text", match, span: { start: i, end } });
}

function readWord(text: string, i: number): Token {
  const end = wordEnd(text, i);
  const word = text.slice(i, end);
  if (word === "OR") return { type: "or", span: { start: i, end } };
  const operator = /^([A-Za-z][A-Za-z-]*):/.exec(word);
  const name = operator?.[1]?.toLowerCase() ?? "";
  const nameEnd = i + name.length + 1;
  if (SUPPORTED.has(name)) return readOperator(text, i, nameEnd, name);
  if (UNSUPPORTED.has(name)) {
    fail(
      "unsupported",
      `The ${name}: operator is not supported here; ` +
        "use tag:, path:, file:, [property] or plain words instead.",
      i,
      nameEnd,
    );
  }
  // Not an operator: the app searches for such words (with the colon) as plain text.
  return term({ kind: "text", match: { type: "text", value: word }, span: { start: i, end } });
}

/** Reads the value of `name:` (a space after the colon is allowed, as in `tag: T1590`). */
function readOperator(text: string, start: number, colonEnd: number, name: string): Token {
  const at = skipBlanks(text, colonEnd);
  const c = text.charAt(at);
  if (c === "" || c === ")" || isSpace(c)) emptyValue(name, start, colonEnd);
  if (c === "(") {
    fail(
      "unsupported",
      `Groups after an operator, like ${name}:(a OR b), are not supported; ` +
        `repeat the operator, as in (${name}:a OR ${name}:b).`,
      start,
      at + 1,
    );
  }
  if (name === "tag") return readTag(text, start, colonEnd, at);
  const { match, end } = operatorValue(text, start, colonEnd, at, name);
  const kind = name === "path" ? "path" : "file";
  return term({ kind, match, span: { start, end } });
}

function readTag(text: string, start: number, colonEnd: number, at: number): Token {
  if (text.charAt(at) === "/") {
    fail(
      "syntax",
      "tag: does not take a regular expression; write the tag itself, as in tag:T1590.",
      start,
      at + 1,
    );
  }
  const raw = valueText(text, start, colonEnd, at, "tag");
  // `tag:#x` means `tag:x`: the index stores tags without their `#`.
  const value = raw.text.replace(/^#+/, "");
  if (value === "") emptyValue("tag", start, raw.end);
  return term({ kind: "tag", value, span: { start, end: raw.end } });
}

function operatorValue(
  text: string,
  start: number,
  colonEnd: number,
  at: number,
  name: string,
): { match: Matcher; end: number } {
  if (text.charAt(at) === "/") return regexValue(text, at);
  const raw = valueText(text, start, colonEnd, at, name);
  return { match: { type: "text", value: raw.text }, end: raw.end };
}

/**
 * A quoted or bare operator value starting at `at`. A bare `OR` after `tag: ` is the
 * keyword, not a value, so the operator is reported as empty.
 */
function valueText(
  text: string,
  start: number,
  colonEnd: number,
  at: number,
  name: string,
): { text: string; end: number } {
  const quoted = text.charAt(at) === '"';
  const { value, end } = quoted ? readQuoted(text, at) : { value: "", end: wordEnd(text, at) };
  const raw = quoted ? value : text.slice(at, end);
  if (raw === "" || (!quoted && raw === "OR" && at > colonEnd)) emptyValue(name, start, end);
  return { text: raw, end };
}

/** A `/regex/` that must be followed by a separator, so `/usr/bin` is not half a regex. */
function regexValue(text: string, at: number): { match: Matcher; end: number } {
  const { source, end } = readRegex(text, at);
  const next = text.charAt(end);
  if (next !== "" && next !== ")" && next !== "(" && !isSpace(next)) {
    fail(
      "syntax",
      "Text follows this regular expression's closing /; " +
        "add a space after it, or quote the text if the slashes are literal.",
      at,
      end + 1,
    );
  }
  return { match: { type: "regex", source }, end };
}

function emptyValue(name: string, start: number, end: number): never {
  const example = name === "tag" ? "tag:T1590" : `${name}:detections`;
  return fail("syntax", `${name}: needs a value after it, as in ${example}.`, start, end);
}

/** `[name]` or `[name:value]`; the value may be bare, quoted or a regex. */
function readProperty(text: string, start: number): Token {
  let i = start + 1;
  while (i < text.length && !":]".includes(text.charAt(i)) && !isLineBreak(text.charAt(i))) i++;
  const name = text.slice(start + 1, i).trim();
  if (text.charAt(i) !== ":" && text.charAt(i) !== "]") unclosedProperty(start, i);
  if (name === "") {
    fail("syntax", "This property has no name; write [name] or [name:value].", start, i + 1);
  }
  if (text.charAt(i) === "]") return term({ kind: "property", name, span: { start, end: i + 1 } });
  const { match, end } = propertyValue(text, start, skipBlanks(text, i + 1));
  return term({ kind: "property", name, match, span: { start, end } });
}

function propertyValue(text: string, start: number, at: number): { match: Matcher; end: number } {
  const c = text.charAt(at);
  if (c === "/") {
    const { source, end } = readRegex(text, at);
    return { match: { type: "regex", source }, end: closeProperty(text, start, end) };
  }
  if (c === '"') {
    const { value, end } = readQuoted(text, at);
    if (value === "") emptyPropertyValue(start, end);
    return { match: { type: "text", value }, end: closeProperty(text, start, end) };
  }
  let i = at;
  while (i < text.length && text.charAt(i) !== "]" && !isLineBreak(text.charAt(i))) i++;
  if (text.charAt(i) !== "]") unclosedProperty(start, i);
  const value = text.slice(at, i).trim();
  if (value === "") emptyPropertyValue(start, i + 1);
  return { match: { type: "text", value }, end: i + 1 };
}

/** Index after the `]` that must follow a quoted or regex property value. */
function closeProperty(text: string, start: number, afterValue: number): number {
  const at = skipBlanks(text, afterValue);
  if (text.charAt(at) !== "]") {
    fail(
      "syntax",
      "A property's quoted or regex value must be followed by ]; close the bracket right after it.",
      start,
      at,
    );
  }
  return at + 1;
}

function unclosedProperty(start: number, end: number): never {
  return fail(
    "syntax",
    "This [ is never closed; end the property with ] on the same line.",
    start,
    end,
  );
}

function emptyPropertyValue(start: number, end: number): never {
  return fail(
    "syntax",
    "This property has a colon but no value; write [name:value], or [name] to test that it exists.",
    start,
    end,
  );
}

function term(node: TermNode): Token {
  return { type: "term", node, span: node.span };
}
