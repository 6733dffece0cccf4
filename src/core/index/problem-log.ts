/** What went wrong with one note while the index read it. */
export type IndexProblemKind = "tag-not-text" | "invalid-tag" | "unreadable";

/** One problem with one note; `detail` holds the offending value or the error text. */
export interface IndexProblem {
  readonly path: string;
  readonly kind: IndexProblemKind;
  readonly detail: string;
}

/** Most problems kept for one note, so a note with thousands of bad tags stays listable. */
export const MAX_PROBLEMS_PER_NOTE = 20;

/**
 * The problems the index met, by note. Each note's entry is replaced whenever the note is
 * read again, so fixed notes drop out without a full rebuild.
 */
export class ProblemLog {
  private readonly byPath = new Map<string, IndexProblem[]>();
  private readonly listeners = new Set<() => void>();

  /** Replaces what is known about a note; an empty list clears it. */
  set(path: string, problems: readonly Omit<IndexProblem, "path">[]): void {
    const had = this.byPath.has(path);
    if (problems.length === 0) this.byPath.delete(path);
    else this.byPath.set(path, limited(path, problems));
    if (had || problems.length > 0) this.changed();
  }

  /** Adds one problem to a note's entry, keeping what was there. */
  add(path: string, kind: IndexProblemKind, detail: string): void {
    const current = this.byPath.get(path) ?? [];
    this.set(path, [...current, { kind, detail }]);
  }

  remove(path: string): void {
    this.set(path, []);
  }

  /** Moves a note's entry with the note. */
  rename(oldPath: string, newPath: string): void {
    const problems = this.byPath.get(oldPath);
    if (problems === undefined) return;
    this.byPath.delete(oldPath);
    this.set(newPath, problems);
  }

  clear(): void {
    if (this.byPath.size === 0) return;
    this.byPath.clear();
    this.changed();
  }

  /** Every problem, ordered by note path. */
  all(): IndexProblem[] {
    const paths = [...this.byPath.keys()].sort();
    return paths.flatMap((path) => this.byPath.get(path) ?? []);
  }

  /** How many notes have problems. */
  get noteCount(): number {
    return this.byPath.size;
  }

  /** Follows changes until the returned function is called. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function limited(path: string, problems: readonly Omit<IndexProblem, "path">[]): IndexProblem[] {
  return problems.slice(0, MAX_PROBLEMS_PER_NOTE).map((p) => ({ ...p, path }));
}
