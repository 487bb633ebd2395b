import { createVersionCache } from "../cache/version-cache.ts";

/**
 * Remembers a query's last few results while the store's data stays the same. why: people ask for the same
 * brief, person or day again and again between two ingests, and at 10,000 articles each answer reads and unpacks
 * up to a hundred articles (milliseconds, and most of a busy moment's tail latency). Any write, by this process or
 * another, changes the store's data version and empties the memo; results are frozen, as they are shared.
 */
export function memoByVersion<R>(options: { version: () => string; size: number }, compute: (key: string) => R): (key: string) => R {
  const cache = createVersionCache<R>(options);
  return (key) => cache(key, () => deepFreeze(compute(key)));
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}
