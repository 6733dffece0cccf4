/**
 * A small seeded pseudo-random generator (32-bit state, "mulberry" mixing), so that the
 * same seed always writes the same vault on every machine and Node version.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator for item `index` of a stream, independent of the order items are made in. */
  static forItem(seed: number, stream: string, index: number): Random {
    return new Random(hashText(`${seed}:${stream}:${index}`));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** A key of a histogram of shares, drawn by its share. */
  fromHistogram(histogram: Readonly<Record<string, number>>): string {
    const entries = Object.entries(histogram);
    const total = entries.reduce((sum, [, share]) => sum + share, 0);
    let u = this.next() * total;
    for (const [key, share] of entries) {
      u -= share;
      if (u < 0) return key;
    }
    return entries[entries.length - 1]?.[0] ?? "0";
  }
}

/** FNV-1a hash of a text, as a 32-bit seed. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
