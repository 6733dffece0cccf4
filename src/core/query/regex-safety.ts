/**
 * Guards for user-written regular expressions. Queries run on every vault change, so a
 * pattern that backtracks catastrophically would freeze the app: such patterns are refused
 * up front instead of being run with a timeout (JavaScript regexes cannot be interrupted).
 */

/** Longest regex source (between the slashes) a query may contain. */
export const MAX_REGEX_LENGTH = 200;

/**
 * A regex is only ever tried on the first `MAX_REGEX_INPUT` characters of a text: even a
 * single `.*` costs time in proportion to the square of the text's length, and notes may
 * hold values megabytes long.
 */
export const MAX_REGEX_INPUT = 300;

/**
 * Most backtracking steps a regex may need on one text, estimated as the input length times
 * the choices each repetition allows. One open-ended repetition (`.*`) fits; two in a row
 * (`.*.*`, `a+b*`) grow with the cube of the length and do not.
 */
const MAX_REGEX_WORK = 1_000_000;

/** Regexes are case-insensitive by default, like the app's search. */
const FLAGS = "i";

interface Frame {
  /** A quantifier occurs somewhere inside this group (nested groups included). */
  hasQuantifier: boolean;
  /** Finished alternatives of this group, then the one being read. */
  readonly alternatives: Alternative[];
}

interface Alternative {
  text: string;
  /** Only literal characters so far: no escapes, classes, groups, anchors or quantifiers. */
  plain: boolean;
}

interface Quantifier {
  readonly length: number;
  /** Allows more than one repetition (`*`, `+`, `{2}`, `{1,}`), unlike `?` or `{0,1}`. */
  readonly repeats: boolean;
  /** How many ways the quantifier may match on a text of `MAX_REGEX_INPUT` characters. */
  readonly choices: number;
}

/** Why `source` may not be used as a query regex, or undefined when it is acceptable. */
export function regexProblem(source: string): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) {
    return (
      `This regular expression is longer than ${MAX_REGEX_LENGTH} characters; ` +
      "shorten it or split the search into several terms."
    );
  }
  return syntaxProblem(source) ?? backtrackingProblem(source) ?? workProblem(source);
}

/** The compiled regex when `source` passes `regexProblem`, else undefined (never throws). */
export function compileSafeRegex(source: string): RegExp | undefined {
  return regexProblem(source) === undefined ? new RegExp(source, FLAGS) : undefined;
}

function syntaxProblem(source: string): string | undefined {
  try {
    new RegExp(source, FLAGS);
    return undefined;
  } catch (e) {
    // Engine messages repeat the whole pattern before the reason; keep only the reason.
    const reason = e instanceof Error ? (e.message.split(": ").pop() ?? e.message) : "";
    return (
      `This regular expression is not valid (${reason}); ` +
      "check its brackets, escapes and quantifiers."
    );
  }
}

const NESTED_MESSAGE =
  "A repeated group that contains its own repetition or overlapping alternatives, " +
  "like (a+)+ or (a|a)*, can make the search hang; rewrite the regular expression without it.";

const WORK_MESSAGE =
  "More than one open-ended repetition, like .*.* or [a-z]+\\w+, can make the search hang " +
  "on long names; keep one (.* or +) and spell out the rest.";

const BACKREFERENCE_MESSAGE =
  "Backreferences such as \\1 can make the search hang; " +
  "rewrite the regular expression without them.";

function backtrackingProblem(source: string): string | undefined {
  const stack: Frame[] = [newFrame()];
  let i = 0;
  while (i < source.length) {
    const step = scanStep(source, i, stack);
    if (typeof step === "string") return step;
    i = step;
  }
  return undefined;
}

/** Reads one construct at `i`; returns the next index, or the reason to refuse the regex. */
function scanStep(source: string, i: number, stack: Frame[]): number | string {
  const top = stack[stack.length - 1] ?? newFrame();
  const c = source.charAt(i);
  if (c === "\\") return scanEscape(source, i, top);
  if (c === "[") return markNonPlain(top, classEnd(source, i));
  if (c === "(") return openGroup(source, i, stack);
  if (c === ")") return closeGroup(source, i, stack);
  if (c === "|") return startAlternative(top, i + 1);
  const quantifier = readQuantifier(source, i);
  if (quantifier !== undefined) {
    top.hasQuantifier = true;
    return markNonPlain(top, i + quantifier.length);
  }
  const alternative = current(top);
  alternative.text += c;
  if (".^$".includes(c)) alternative.plain = false;
  return i + 1;
}

function scanEscape(source: string, i: number, top: Frame): number | string {
  const next = source.charAt(i + 1);
  if (/[1-9]/.test(next) || (next === "k" && source.charAt(i + 2) === "<")) {
    return BACKREFERENCE_MESSAGE;
  }
  return markNonPlain(top, i + 2);
}

/** Index just past the character class starting at `start` (escapes respected). */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length && source.charAt(i) !== "]") i += source.charAt(i) === "\\" ? 2 : 1;
  return i + 1;
}

function openGroup(source: string, i: number, stack: Frame[]): number {
  stack.push(newFrame());
  // Skip the group's prefix ((?:, (?=, (?<name>, ...) so it is not read as content.
  const prefix = /^\(\?(?:[:=!]|<[=!]|<[^>]*>)?/.exec(source.slice(i, i + 40));
  return i + (prefix?.[0].length ?? 1);
}

function closeGroup(source: string, i: number, stack: Frame[]): number | string {
  const group = stack.length > 1 ? stack.pop() : undefined;
  const parent = stack[stack.length - 1];
  if (group === undefined || parent === undefined) return i + 1;
  const quantifier = readQuantifier(source, i + 1);
  if (quantifier?.repeats === true && (group.hasQuantifier || overlappingAlternatives(group))) {
    return NESTED_MESSAGE;
  }
  parent.hasQuantifier ||= group.hasQuantifier || quantifier !== undefined;
  return markNonPlain(parent, i + 1 + (quantifier?.length ?? 0));
}

/**
 * Alternatives that could match the same text make a repeated group ambiguous. Only plain
 * literals with distinct first letters are accepted, a simple rule that is easy to explain.
 */
function overlappingAlternatives(group: Frame): boolean {
  const alternatives = group.alternatives;
  if (alternatives.length < 2) return false;
  if (alternatives.some((a) => !a.plain || a.text === "")) return true;
  const firsts = alternatives.map((a) => a.text.charAt(0).toLowerCase());
  return new Set(firsts).size !== firsts.length;
}

/**
 * The product of the choices of every quantifier, times the input length: a bound on the
 * ways a backtracking engine may try to match (nested repetition is refused before this).
 */
function workProblem(source: string): string | undefined {
  let work = MAX_REGEX_INPUT;
  let i = 0;
  while (i < source.length && work <= MAX_REGEX_WORK) {
    const c = source.charAt(i);
    const quantifier = readQuantifier(source, i);
    work *= quantifier?.choices ?? 1;
    if (c === "\\" || (c === "(" && source.charAt(i + 1) === "?")) i += 2;
    else if (c === "[") i = classEnd(source, i);
    else i += quantifier?.length ?? 1;
  }
  return work > MAX_REGEX_WORK ? WORK_MESSAGE : undefined;
}

function readQuantifier(source: string, i: number): Quantifier | undefined {
  const c = source.charAt(i);
  let length = 0;
  let max = 1;
  if (c === "*" || c === "+" || c === "?") {
    length = 1;
    max = c === "?" ? 1 : Infinity;
  } else if (c === "{") {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 30));
    if (braces === null) return undefined;
    length = braces[0].length;
    const written = braces[2] === undefined ? braces[1] : braces[3];
    max = written === undefined || written === "" ? Infinity : Number(written);
  } else {
    return undefined;
  }
  const choices = Math.min(max, MAX_REGEX_INPUT) + 1;
  // A trailing ? makes the quantifier lazy; it does not change what may repeat.
  return {
    length: length + (source.charAt(i + length) === "?" ? 1 : 0),
    repeats: max > 1,
    choices,
  };
}

function newFrame(): Frame {
  return { hasQuantifier: false, alternatives: [{ text: "", plain: true }] };
}

function current(frame: Frame): Alternative {
  const last = frame.alternatives[frame.alternatives.length - 1];
  if (last !== undefined) return last;
  const fresh = { text: "", plain: true };
  frame.alternatives.push(fresh);
  return fresh;
}

function markNonPlain(frame: Frame, next: number): number {
  current(frame).plain = false;
  return next;
}

function startAlternative(frame: Frame, next: number): number {
  frame.alternatives.push({ text: "", plain: true });
  return next;
}
