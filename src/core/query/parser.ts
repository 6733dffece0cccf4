/**
 * Parser for the part of the app's search syntax that vaults use in `query` blocks.
 *
 * Grammar (OR binds looser than juxtaposition, so `a b OR c d` is `(a b) OR (c d)`):
 *   query := or
 *   or    := and ("OR" and)*
 *   and   := unary+
 *   unary := "-" unary | "(" or ")" | term
 * Parenthesised groups are kept as written (not flattened) so printing round-trips.
 *
 * Not supported: operators other than tag:, path:, file: (the app's content:, line:,
 * section:, block:, task*: and match-case:/ignore-case: give an "unsupported" error),
 * operator groups such as `tag:(a OR b)`, and sub-queries inside property values
 * (`[status:a OR b]` looks for the literal text "a OR b").
 */
import type { ParseResult, QueryNode } from "./ast";
import { ParseFailure, fail } from "./errors";
import { tokenize, type Token } from "./lexer";

/** Longest query accepted; longer text is refused before any work is done. */
export const MAX_QUERY_LENGTH = 2000;

/** Deepest nesting of groups and `-` accepted, so recursion stays far from stack limits. */
export const MAX_DEPTH = 100;

/** Parses query text into a tree, or returns the first problem as a positioned error. */
export function parseQuery(text: string): ParseResult {
  if (text.length > MAX_QUERY_LENGTH) {
    const message =
      `This query is ${text.length} characters long, over the limit of ${MAX_QUERY_LENGTH}; ` +
      "shorten it or split it into several blocks.";
    return {
      ok: false,
      error: { kind: "too-long", message, start: MAX_QUERY_LENGTH, end: text.length },
    };
  }
  try {
    return { ok: true, query: new Parser(text, tokenize(text)).parse() };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}

class Parser {
  private position = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) {
      fail(
        "syntax",
        "The query is empty; write at least one term, such as tag:T1590.",
        0,
        this.text.length,
      );
    }
    const query = this.parseOr();
    const extra = this.peek();
    if (extra !== undefined) this.unexpected(extra);
    return query;
  }

  private parseOr(): QueryNode {
    const children = [this.parseAnd()];
    for (let token = this.peek(); token?.type === "or"; token = this.peek()) {
      this.position++;
      const next = this.peek();
      if (next === undefined || next.type === "or" || next.type === "rparen") danglingOr(token);
      children.push(this.parseAnd());
    }
    return combine("or", children);
  }

  private parseAnd(): QueryNode {
    const children: QueryNode[] = [];
    for (let token = this.peek(); token !== undefined; token = this.peek()) {
      if (token.type === "or" || token.type === "rparen") break;
      children.push(this.parseUnary());
    }
    const first = this.peek();
    if (children.length === 0 && first !== undefined) this.unexpected(first);
    return combine("and", children);
  }

  private parseUnary(): QueryNode {
    const token = this.next();
    if (token.type === "term") return token.node;
    if (token.type === "lparen") return this.nested(() => this.parseGroup(token));
    if (token.type === "minus") return this.nested(() => this.parseNot(token));
    return this.unexpected(token);
  }

  private parseNot(minus: Token): QueryNode {
    const next = this.peek();
    if (next === undefined || next.type === "or" || next.type === "rparen") {
      fail(
        "syntax",
        "A - must be followed directly by a term or group to exclude, as in -tag:x.",
        minus.span.start,
        minus.span.end,
      );
    }
    const child = this.parseUnary();
    return { kind: "not", child, span: { start: minus.span.start, end: child.span.end } };
  }

  private parseGroup(open: Token): QueryNode {
    const first = this.peek();
    if (first?.type === "rparen") {
      fail(
        "syntax",
        "These parentheses are empty; put terms inside them or remove them.",
        open.span.start,
        first.span.end,
      );
    }
    if (first === undefined) unclosed(open);
    const inner = this.parseOr();
    const close = this.peek();
    if (close?.type !== "rparen") return unclosed(open);
    this.position++;
    // The group's node covers its parentheses, so errors and highlights include them.
    return { ...inner, span: { start: open.span.start, end: close.span.end } };
  }

  private nested(parse: () => QueryNode): QueryNode {
    if (++this.depth > MAX_DEPTH) {
      const at = this.tokens[this.position - 1]?.span ?? { start: 0, end: 0 };
      fail(
        "syntax",
        `Groups and exclusions are nested more than ${MAX_DEPTH} deep; simplify the query.`,
        at.start,
        at.end,
      );
    }
    const node = parse();
    this.depth--;
    return node;
  }

  private unexpected(token: Token): never {
    if (token.type === "or") return danglingOr(token);
    return fail(
      "syntax",
      "This ) has no matching (; remove it or add the missing (.",
      token.span.start,
      token.span.end,
    );
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position++];
    // Callers only ask for a token after peeking one, so this is unreachable.
    return token ?? fail("syntax", "The query ends too early.", this.text.length, this.text.length);
  }
}

/** Joins nodes with `and`/`or`; a single node stands for itself. */
function combine(kind: "and" | "or", children: QueryNode[]): QueryNode {
  const first = children[0];
  const last = children[children.length - 1];
  if (first === undefined || last === undefined || children.length === 1) {
    return first ?? fail("syntax", "The query is empty; write at least one term.", 0, 0);
  }
  return { kind, children, span: { start: first.span.start, end: last.span.end } };
}

function danglingOr(token: Token): never {
  return fail(
    "syntax",
    "OR needs a term on each side; add the missing term or remove OR.",
    token.span.start,
    token.span.end,
  );
}

function unclosed(open: Token): never {
  return fail(
    "syntax",
    "This ( is never closed; add a ) or remove it.",
    open.span.start,
    open.span.end,
  );
}
