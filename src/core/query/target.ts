import type { NoteRecord } from "../notes/note";

/**
 * What the query evaluator may ask of the vault. Tag terms are answered by
 * `pathsWithTag` (an index look-up); only the other operators look at notes one by one.
 */
export interface QueryTarget {
  /**
   * Paths of notes carrying `tag` or a tag nested under it (`tag` = `a` also finds `a/b`).
   * `tag` is as the user wrote it, without `#`; case and technique-identifier spelling
   * (`T1003_001`, `t1003_001`, `T1003.001`) are folded by the index.
   */
  pathsWithTag(tag: string): ReadonlySet<string>;
  /** Every indexed note path. */
  allPaths(): ReadonlySet<string>;
  getNote(path: string): NoteRecord | undefined;
}
