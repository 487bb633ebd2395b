import { jaccard, shingles } from "../text/shingles.ts";

// why: the shingling moved to src/text so corroboration can find wire copies the same way; re-exported for callers here
export { jaccard, shingles };

/**
 * Syndicated copies: the same wire story carried by several outlets, found from the stored texts.
 *
 * why: exact Jaccard similarity of word 5-gram shingles, at least 0.9, rather than a MinHash of them. A digest
 * compares at most a few dozen articles per topic (the candidates of one window), so every pair costs a set
 * intersection of a few hundred to a few thousand shingles: well under a millisecond each, exact, with no
 * estimation error near the threshold and no index to keep. MinHash pays off when one article must be matched
 * against a whole archive at ingest time; then it would sit beside this, not replace it. Five-word shingles
 * make two texts on the same event in the outlets' own words score near 0 (they share names, not runs of five
 * words), while wire copy with a changed headline, dateline or closing line stays above 0.9.
 */

/** Two texts at or above this Jaccard similarity of their word 5-gram shingles are copies of one story. */
export const SYNDICATION_THRESHOLD = 0.9;
export type SyndicationInput = { id: string; text: string };

/**
 * Groups articles into stories: each article id mapped to its story's lead, the first of `articles` in its
 * group (callers pass them in the order they prefer as lead). Copies are linked transitively (A~B, B~C).
 */
export function groupSyndicated(articles: readonly SyndicationInput[]): Map<string, string> {
  const sets = articles.map((article) => shingles(article.text));
  const parent = articles.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    return at;
  };
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const a = sets[i];
      const b = sets[j];
      if (!a || !b || root(i) === root(j)) continue;
      // why: a pair whose sizes differ by more than the threshold allows cannot reach it; skip the intersection
      if (Math.min(a.size, b.size) < SYNDICATION_THRESHOLD * Math.max(a.size, b.size)) continue;
      if (jaccard(a, b) >= SYNDICATION_THRESHOLD) {
        const [low, high] = [root(i), root(j)].sort((x, y) => x - y) as [number, number];
        parent[high] = low;
      }
    }
  }
  return new Map(articles.map((article, index) => [article.id, articles[root(index)]?.id ?? article.id]));
}
