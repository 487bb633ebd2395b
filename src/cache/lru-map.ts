/**
 * A map that holds at most `size` entries and forgets the least recently used one first. why: the one bounded
 * cache the code uses; each use site used to write its own (clear-all-when-full or delete-the-oldest by hand).
 */
export type LruMap<K, V> = {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  /** The value for `key`, computed (and kept) when absent. */
  remember(key: K, compute: () => V): V;
  clear(): void;
  readonly size: number;
};

export function createLruMap<K, V>(size: number): LruMap<K, V> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`an LRU map needs a whole size of at least 1, not ${size}`);
  const entries = new Map<K, V>();
  const get = (key: K): V | undefined => {
    if (!entries.has(key)) return undefined;
    const value = entries.get(key) as V;
    // why: re-inserted so the Map's insertion order is least recently used first
    entries.delete(key);
    entries.set(key, value);
    return value;
  };
  const set = (key: K, value: V): void => {
    entries.delete(key);
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value as K);
  };
  return {
    get,
    set,
    remember(key, compute) {
      if (entries.has(key)) return get(key) as V;
      const value = compute();
      set(key, value);
      return value;
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
