/**
 * The pairs of items (i < j, each pair once) that share at least one key. why: comparing every fact with every
 * other is quadratic, and the "same" and "conflict" tests all need something in common first (a speaker, a
 * person, a run of words); bucketing by it keeps a store's worth of facts fast.
 */
export function pairsSharingKey(keys: readonly (readonly string[])[]): Array<[number, number]> {
  const byKey = new Map<string, number[]>();
  keys.forEach((itemKeys, index) => {
    for (const key of new Set(itemKeys)) {
      const bucket = byKey.get(key);
      if (bucket) bucket.push(index);
      else byKey.set(key, [index]);
    }
  });
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const size = keys.length;
  for (const bucket of byKey.values())
    for (let x = 0; x < bucket.length; x++)
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x] as number;
        const j = bucket[y] as number;
        const id = i * size + j;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push([i, j]);
      }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
