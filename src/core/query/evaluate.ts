/**
 * Evaluates a query tree against the vault's index.
 *
 * Differences from the app's search, by design: the plugin keeps no note text in memory,
 * so bare words, phrases and bare regexes match the note's title and file name (not its
 * body), case-insensitively; `tag:` terms are answered only by the tag index
 * (`QueryTarget.pathsWithTag`), never by reading notes. Evaluation never throws: a
 * regex that is invalid or unsafe (possible only in hand-built trees) matches nothing, and
 * a regex sees only the first `MAX_REGEX_INPUT` characters of each text.
 */
import type { NoteRecord } from "../notes/note";
import type { AndNode, Matcher, QueryNode, TermNode } from "./ast";
import { sortPaths } from "./order";
import { compileSafeRegex, MAX_REGEX_INPUT } from "./regex-safety";
import type { QueryTarget } from "./target";

/** Paths evaluation may still return; undefined means every path in the vault. */
type Scope = ReadonlySet<string> | undefined;

type NotePredicate = (note: NoteRecord) => boolean;

/** Paths of the notes matching `node`, in code-point order of path. */
export function evaluateQuery(node: QueryNode, target: QueryTarget): Set<string> {
  return new Set(sortPaths(evaluate(node, target, undefined)));
}

/** Matching paths within `scope`; always a fresh set the caller may change. */
function evaluate(node: QueryNode, target: QueryTarget, scope: Scope): Set<string> {
  switch (node.kind) {
    case "and":
      return evaluateAnd(node, target, scope);
    case "or":
      return union(node.children.map((child) => evaluate(child, target, scope)));
    case "not":
      return subtract(new Set(scope ?? target.allPaths()), evaluate(node.child, target, scope));
    case "tag":
      return intersect(target.pathsWithTag(node.value), scope);
    default:
      return scan(target, scope, termPredicate(node));
  }
}

/**
 * Tag look-ups first, smallest set first; the survivors become the scope of the other
 * positive children (so note-scanning terms only look at candidates), and negated
 * children are subtracted last. A purely negative AND starts from the whole scope.
 */
function evaluateAnd(node: AndNode, target: QueryTarget, scope: Scope): Set<string> {
  const { tags, positives, negatives } = splitAnd(node.children);
  const tagSets = tags.map((value) => target.pathsWithTag(value)).sort((a, b) => a.size - b.size);
  let current: Set<string> | undefined;
  for (const paths of tagSets) current = intersect(paths, current ?? scope);
  for (const child of positives) {
    if (current?.size === 0) return current;
    current = evaluate(child, target, current ?? scope);
  }
  const result = current ?? new Set(scope ?? target.allPaths());
  for (const child of negatives) {
    if (result.size === 0) break;
    subtract(result, evaluate(child, target, result));
  }
  return result;
}

interface AndParts {
  readonly tags: string[];
  /** Other positive children, groups before note-scanning terms (groups often use the index). */
  readonly positives: QueryNode[];
  /** Children of the negated children. */
  readonly negatives: QueryNode[];
}

function splitAnd(children: readonly QueryNode[]): AndParts {
  const parts: AndParts = { tags: [], positives: [], negatives: [] };
  const scans: QueryNode[] = [];
  for (const child of children) {
    if (child.kind === "tag") parts.tags.push(child.value);
    else if (child.kind === "not") parts.negatives.push(child.child);
    else if (child.kind === "and" || child.kind === "or") parts.positives.push(child);
    else scans.push(child);
  }
  parts.positives.push(...scans);
  return parts;
}

function intersect(paths: ReadonlySet<string>, scope: Scope): Set<string> {
  if (scope === undefined) return new Set(paths);
  const [small, large] = paths.size <= scope.size ? [paths, scope] : [scope, paths];
  const result = new Set<string>();
  for (const path of small) if (large.has(path)) result.add(path);
  return result;
}

function union(sets: readonly Set<string>[]): Set<string> {
  const result = new Set<string>();
  for (const set of sets) for (const path of set) result.add(path);
  return result;
}

/** Removes `remove` from `from` in place and returns it. */
function subtract(from: Set<string>, remove: ReadonlySet<string>): Set<string> {
  for (const path of remove) from.delete(path);
  return from;
}

function scan(target: QueryTarget, scope: Scope, test: NotePredicate): Set<string> {
  const result = new Set<string>();
  for (const path of scope ?? target.allPaths()) {
    const note = target.getNote(path);
    if (note !== undefined && test(note)) result.add(path);
  }
  return result;
}

/** The note test for a term that reads notes (every term but `tag:`). */
function termPredicate(term: Exclude<TermNode, { kind: "tag" }>): NotePredicate {
  switch (term.kind) {
    case "path":
      return withText(term.match, (note) => [note.path]);
    case "file":
      return withText(term.match, (note) => [fileName(note)]);
    case "text":
      return withText(term.match, (note) => [note.title, fileName(note)]);
    case "property":
      return propertyPredicate(term.name, term.match);
  }
}

function withText(match: Matcher, texts: (note: NoteRecord) => readonly string[]): NotePredicate {
  const test = textTest(match);
  return (note) => texts(note).some(test);
}

function propertyPredicate(name: string, match: Matcher | undefined): NotePredicate {
  // Property names are stored lower-cased; own keys only, so `__proto__` is just a name.
  const key = name.toLowerCase();
  const test = match === undefined ? undefined : textTest(match);
  return (note) => {
    if (!Object.prototype.hasOwnProperty.call(note.properties, key)) return false;
    // `[name]` holds for any value, even an empty text or an empty list.
    if (test === undefined) return true;
    const value = note.properties[key];
    return typeof value === "string" ? test(value) : (value ?? []).some(test);
  };
}

/** Case-insensitive substring test, or regex test (unsafe or invalid regexes match nothing). */
function textTest(match: Matcher): (text: string) => boolean {
  if (match.type === "text") {
    const needle = match.value.toLowerCase();
    return (text) => text.toLowerCase().includes(needle);
  }
  const regex = compileSafeRegex(match.source);
  if (regex === undefined) return () => false;
  return (text) =>
    regex.test(text.length > MAX_REGEX_INPUT ? text.slice(0, MAX_REGEX_INPUT) : text);
}

function fileName(note: NoteRecord): string {
  return note.basename + ".md";
}
