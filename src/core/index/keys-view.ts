/**
 * The keys of a map seen as a read-only set, live: the index answers `allPaths()` from its
 * note map without keeping a second set of every path (some 30 bytes a note).
 */
export class KeysView<K> implements ReadonlySet<K> {
  constructor(private readonly map: ReadonlyMap<K, unknown>) {}

  get size(): number {
    return this.map.size;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  forEach(callback: (value: K, key: K, set: ReadonlySet<K>) => void, thisArg?: unknown): void {
    for (const key of this.map.keys()) callback.call(thisArg, key, key, this);
  }

  keys(): IterableIterator<K> {
    return this.map.keys();
  }

  values(): IterableIterator<K> {
    return this.map.keys();
  }

  *entries(): IterableIterator<[K, K]> {
    for (const key of this.map.keys()) yield [key, key];
  }

  [Symbol.iterator](): IterableIterator<K> {
    return this.map.keys();
  }
}
