/** Edit distance with adjacent transpositions (optimal string alignment), for "did you mean" and typo tolerance. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  // why: a misspelt name is compared with every alias in the store; three reused rows instead of new arrays per
  // row keep that loop free of garbage
  if (rows.length < 3 * width) rows = new Int32Array(Math.max(3 * width, 2 * rows.length));
  let prevPrev = 0;
  let prev = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min((rows[prev + j] as number) + 1, (rows[current + j - 1] as number) + 1, (rows[prev + j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) value = Math.min(value, (rows[prevPrev + j - 2] as number) + 1);
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = current;
    current = spare;
  }
  return rows[prev + b.length] as number;
}

/** editDistance's three rows, side by side, grown as longer words come. */
let rows = new Int32Array(3 * 64);

/** The candidates closest to `input`, nearest first, within a distance that scales with the word's length. */
export function closestMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const needle = input.toLowerCase();
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(needle, candidate.toLowerCase(), allowed) }))
    .filter((entry) => entry.distance <= allowed)
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
