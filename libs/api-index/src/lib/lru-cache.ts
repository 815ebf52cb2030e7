/**
 * A map of at most `capacity` entries that forgets the least recently used one: reading an entry
 * (get, getOrSet) or writing it (set) makes it the most recent, and a write beyond capacity drops
 * the entry used longest ago. The in-memory caches of the index (decoded score sets, index frames,
 * serialised responses) all keep their last few entries this way.
 */
export class LruCache<K, V> {
  /** In order of use, least recent first (a Map iterates in insertion order). */
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry under `key` (now the most recent), or undefined. */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Stores `value` under `key` as the most recent entry, dropping the least recent beyond capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  /** The entry under `key`; without one, `make()`'s value, stored. */
  getOrSet(key: K, make: () => V): V {
    if (this.entries.has(key)) return this.get(key) as V;
    const value = make();
    this.set(key, value);
    return value;
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }
}
