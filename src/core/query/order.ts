/**
 * Code-point ordering for paths. `Array.prototype.sort` compares UTF-16 code units, which
 * puts astral characters (emoji) before U+E000–U+FFFF; sorting by code point keeps results
 * in the same order as other tools that compare Unicode text.
 */

/** Negative, zero or positive as `a` sorts before, with or after `b` by code point. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/**
 * Where a differing code unit ranks: surrogates (parts of code points above U+FFFF) move
 * above U+E000–U+FFFF, and within a pair the unit order already matches code-point order.
 */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

/** The paths in code-point order, as a new array. */
export function sortPaths(paths: Iterable<string>): string[] {
  return [...paths].sort(compareCodePoints);
}
