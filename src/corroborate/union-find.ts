/** Disjoint sets over 0…n-1, for grouping facts by a pairwise "same" test (A~B and B~C put A, B, C together). */
export type UnionFind = { find(index: number): number; union(a: number, b: number): void };

export function createUnionFind(size: number): UnionFind {
  const parent = Array.from({ length: size }, (_, index) => index);
  const find = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    parent[index] = at;
    return at;
  };
  return {
    find,
    union(a, b) {
      const [low, high] = [find(a), find(b)].sort((x, y) => x - y) as [number, number];
      // why: the lower index stays the root, so a group's lead is the first fact given (deterministic output)
      if (low !== high) parent[high] = low;
    },
  };
}

/** Indexes grouped by their root, each group in index order, groups in order of their first index. */
export function groupsOf(sets: UnionFind, size: number): number[][] {
  const byRoot = new Map<number, number[]>();
  for (let index = 0; index < size; index++) {
    const root = sets.find(index);
    const group = byRoot.get(root);
    if (group) group.push(index);
    else byRoot.set(root, [index]);
  }
  return [...byRoot.values()];
}
