import type { QueryError } from "./ast";

/**
 * Carries a `QueryError` from deep inside the lexer or parser up to `parseQuery`, which
 * turns it back into a value; it never leaves this module.
 */
export class ParseFailure extends Error {
  constructor(readonly error: QueryError) {
    super(error.message);
  }
}

/** Stops parsing with a typed error covering `text.slice(start, end)`. */
export function fail(kind: QueryError["kind"], message: string, start: number, end: number): never {
  throw new ParseFailure({ kind, message, start, end });
}
