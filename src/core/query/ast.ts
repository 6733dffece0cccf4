/**
 * The query tree: what a parsed `query` block means, independent of how it was written.
 * Spans are UTF-16 offsets into the query text (what `String.prototype.slice` uses), so
 * an editor can underline the part of the block a node or an error came from.
 */

/** Where a node or error sits in the query text: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * How a term compares its value: `text` is a case-insensitive substring test, `regex`
 * a case-insensitive regular expression (`source` is the text between the slashes).
 */
export type Matcher =
  | { readonly type: "text"; readonly value: string }
  | { readonly type: "regex"; readonly source: string };

/** All children must hold. */
export interface AndNode {
  readonly kind: "and";
  readonly children: readonly QueryNode[];
  readonly span: Span;
}

/** At least one child must hold. */
export interface OrNode {
  readonly kind: "or";
  readonly children: readonly QueryNode[];
  readonly span: Span;
}

/** The child must not hold (`-term` or `-(group)`). */
export interface NotNode {
  readonly kind: "not";
  readonly child: QueryNode;
  readonly span: Span;
}

/** `tag:x`: answered by the tag index; `value` has no leading `#`. */
export interface TagTerm {
  readonly kind: "tag";
  readonly value: string;
  readonly span: Span;
}

/** `path:x`: tests the note's vault-relative path. */
export interface PathTerm {
  readonly kind: "path";
  readonly match: Matcher;
  readonly span: Span;
}

/** `file:x`: tests the note's file name (basename plus `.md`). */
export interface FileTerm {
  readonly kind: "file";
  readonly match: Matcher;
  readonly span: Span;
}

/** `[name]` (exists) or `[name:value]` (value test); `name` is as written, trimmed. */
export interface PropertyTerm {
  readonly kind: "property";
  readonly name: string;
  readonly match?: Matcher;
  readonly span: Span;
}

/** A bare word, quoted phrase or bare `/regex/`: tests the note's title and file name. */
export interface TextTerm {
  readonly kind: "text";
  readonly match: Matcher;
  readonly span: Span;
}

/** A leaf of the tree. */
export type TermNode = TagTerm | PathTerm | FileTerm | PropertyTerm | TextTerm;

/** Any node of a parsed query. */
export type QueryNode = AndNode | OrNode | NotNode | TermNode;

/** What went wrong with a query, as a value (the parser never throws). */
export interface QueryError {
  readonly kind: "syntax" | "unsupported" | "regex" | "too-long";
  /** One sentence: what is wrong and what to do about it. */
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** Result of `parseQuery`: a tree, or the first error found. */
export type ParseResult =
  | { readonly ok: true; readonly query: QueryNode }
  | { readonly ok: false; readonly error: QueryError };
