/** Public API of the query language: parse, print and evaluate the app's search syntax. */
export type {
  AndNode,
  FileTerm,
  Matcher,
  NotNode,
  OrNode,
  ParseResult,
  PathTerm,
  PropertyTerm,
  QueryError,
  QueryNode,
  Span,
  TagTerm,
  TermNode,
  TextTerm,
} from "./ast";
export { evaluateQuery } from "./evaluate";
export { compareCodePoints } from "./order";
export { MAX_DEPTH, MAX_QUERY_LENGTH, parseQuery } from "./parser";
export { printQuery } from "./print";
export { MAX_REGEX_LENGTH } from "./regex-safety";
export { runQuery, type RunResult } from "./run";
export type { QueryTarget } from "./target";
