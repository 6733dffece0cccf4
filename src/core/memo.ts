/**
 * Remembers a pure function's answers per text key. Tags and identifiers repeat across
 * thousands of notes, so building an index asks the same questions again and again.
 * The table is emptied when full, which keeps memory bounded on hostile vaults; the limit
 * is above the distinct tags of a 100,000-note vault (about 25,000), so those never thrash.
 */
export function memoise<T>(compute: (key: string) => T, limit = 65_536): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

/** One shared copy of each repeated text, so notes that carry the same tag share it. */
export const intern: (text: string) => string = memoise((text) => text);

/** A frozen empty list shared by every note that has nothing to list. */
export const EMPTY_LIST: readonly never[] = Object.freeze([]);

/**
 * A list held by a note: the shared empty list, or a copy of exactly its length. Lists built
 * by push keep room for about seventeen items, some 150 bytes a note over a vault.
 */
export function keptList<T>(items: readonly T[]): readonly T[] {
  return items.length === 0 ? EMPTY_LIST : items.slice();
}
