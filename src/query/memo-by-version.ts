/**
 * Remembers a query's last few results while the store's data stays the same. why: people ask for the same
 * brief, person or day again and again between two ingests, and at 10,000 articles each answer reads and unpacks
 * up to a hundred articles (milliseconds, and most of a busy moment's tail latency). Any write, by this process or
 * another, changes the store's data version and empties the memo; results are frozen, as they are shared.
 */
export function memoByVersion<R>(options: { version: () => string; size: number }, compute: (key: string) => R): (key: string) => R {
  const results = new Map<string, R>();
  let seen: string | undefined;
  return (key) => {
    const version = options.version();
    if (version !== seen) {
      results.clear();
      seen = version;
    }
    const known = results.get(key);
    if (known !== undefined) {
      // why: re-inserted so the Map's order is least recently used first
      results.delete(key);
      results.set(key, known);
      return known;
    }
    const result = deepFreeze(compute(key));
    results.set(key, result);
    if (results.size > options.size) results.delete(results.keys().next().value as string);
    return result;
  };
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}
