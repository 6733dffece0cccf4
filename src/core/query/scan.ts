/**
 * Character-level readers shared by the lexer: whitespace, bare words, quoted phrases and
 * `/regex/` literals. Each takes the query text and a start index and reports where the
 * construct ends, failing with a positioned error when it is not closed.
 */
import { fail } from "./errors";
import { regexProblem } from "./regex-safety";

/** Whitespace separates terms; newlines count as whitespace (a block is one query). */
export function isSpace(c: string): boolean {
  return /^\s$/u.test(c);
}

/** A line break ends regexes and properties, which must stay on one line. */
export function isLineBreak(c: string): boolean {
  return c === "\n" || c === "\r";
}

/** Index of the first non-whitespace character at or after `i`. */
export function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charAt(j))) j++;
  return j;
}

/** Index of the first character at or after `i` that is neither a space nor a tab. */
export function skipBlanks(text: string, i: number): number {
  let j = i;
  while (text.charAt(j) === " " || text.charAt(j) === "\t") j++;
  return j;
}

/** End of a bare word: it runs until whitespace, a parenthesis or a quote. */
export function wordEnd(text: string, start: number): number {
  let j = start;
  while (j < text.length && !endsWord(text.charAt(j))) j++;
  return j;
}

function endsWord(c: string): boolean {
  return c === "(" || c === ")" || c === '"' || isSpace(c);
}

/** A quoted phrase read from `text[start] === '"'`: its unescaped value and end index. */
export function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (c === '"') return { value, end: i + 1 };
    // Only \" and \\ are escapes, so other backslashes (Windows paths, say) are kept as written.
    const escaped = c === "\\" && (next === '"' || next === "\\");
    value += escaped ? next : c;
    i += escaped ? 2 : 1;
  }
  return fail(
    "syntax",
    'This quote is never closed; add a closing " or remove the opening one.',
    start,
    text.length,
  );
}

/**
 * A `/regex/` read from `text[start] === "/"`: its source and end index. The regex must
 * end on the same line and pass the safety checks; it is refused with a `regex` error
 * otherwise.
 */
export function readRegex(text: string, start: number): { source: string; end: number } {
  const close = regexClose(text, start);
  const source = text.slice(start + 1, close);
  const end = close + 1;
  if (source === "") {
    fail(
      "syntax",
      "This regular expression is empty; write a pattern between the slashes.",
      start,
      end,
    );
  }
  const problem = regexProblem(source);
  if (problem !== undefined) fail("regex", problem, start, end);
  return { source, end };
}

/** Index of the `/` closing the regex opened at `start` (slashes in classes do not count). */
function regexClose(text: string, start: number): number {
  let inClass = false;
  let i = start + 1;
  while (i < text.length && !isLineBreak(text.charAt(i))) {
    const c = text.charAt(i);
    if (c === "/" && !inClass) return i;
    if (c === "[") inClass = true;
    if (c === "]") inClass = false;
    i += c === "\\" && i + 1 < text.length && !isLineBreak(text.charAt(i + 1)) ? 2 : 1;
  }
  return fail(
    "syntax",
    "This regular expression is never closed; end it with / on the same line, " +
      "or put the text in quotes if the slash is meant literally.",
    start,
    i,
  );
}
