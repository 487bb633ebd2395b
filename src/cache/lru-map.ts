/**
 * A map that holds at most `size` entries and forgets the least recently used first. why: the one bounded cache
 * the code uses; each use site used to write its own (clear-all-when-full or delete-the-oldest by hand).
 *
 * Recency is kept in two generations, not per entry: new and just-used entries go to the young map; when it
 * fills (half the size) it becomes the old map and the previous old map is dropped. why: a hit on a young entry
 * is one Map lookup, as cheap as the plain Maps this replaced on hot paths (WordNet look-ups run thousands of
 * times a question), where moving every hit entry to the end cost a delete and an insert each time. An entry
 * outlives at least `ceil(size / 2) - 1` further insertions after its last use and at most `size - 1`.
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
  // why: young stays below `generation` and old holds at most `generation`, so together never more than `size`.
  const generation = Math.ceil(size / 2);
  let young = new Map<K, V>();
  let old = new Map<K, V>();
  const put = (key: K, value: V): void => {
    young.set(key, value);
    if (young.size >= generation) {
      old = young;
      young = new Map();
    }
  };
  const get = (key: K): V | undefined => {
    const value = young.get(key);
    if (value !== undefined || young.has(key)) return value;
    if (!old.has(key)) return undefined;
    const kept = old.get(key) as V;
    old.delete(key);
    put(key, kept);
    return kept;
  };
  return {
    get,
    set(key, value) {
      if (young.has(key)) young.set(key, value);
      else {
        old.delete(key);
        put(key, value);
      }
    },
    remember(key, compute) {
      const known = get(key);
      if (known !== undefined || young.has(key) || old.has(key)) return known as V;
      const value = compute();
      put(key, value);
      return value;
    },
    clear() {
      young = new Map();
      old = new Map();
    },
    get size() {
      return young.size + old.size;
    },
  };
}
