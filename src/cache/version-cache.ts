import { createLruMap } from "./lru-map.ts";

/** A bounded cache emptied whenever `version()` changes: `cache(key, compute)` reads or fills it. */
export type VersionCache<V> = (key: string, compute: () => V) => V;

/**
 * Results read from a store, kept while its data stays the same. why: a store's data version changes on any
 * write, by this connection or another, so a replaced article or a second store never sees another's results;
 * a key made of the store's path and article count did (two `:memory:` stores share a path, and replacing an
 * article keeps the count).
 */
export function createVersionCache<V>(options: { version: () => string; size: number }): VersionCache<V> {
  const entries = createLruMap<string, V>(options.size);
  let seen: string | undefined;
  return (key, compute) => {
    const version = options.version();
    if (version !== seen) {
      entries.clear();
      seen = version;
    }
    return entries.remember(key, compute);
  };
}
