import { foldName } from "../text/normalize.ts";
import { jaccard, shingles } from "../text/shingles.ts";
import { createUnionFind } from "./union-find.ts";

/**
 * Two bodies at or above this Jaccard similarity of their word 5-gram shingles are one wire story carried twice.
 * why 0.6, lower than the digest's 0.9: a copy of a short story whose opening sentence was rewritten loses every
 * shingle that touches it (a 150-word copy with a new 25-word lead keeps about 0.67), and counting such a copy as a
 * second source is the error that matters here: it makes one outlet's word look confirmed. Independent tellings
 * share only the quotes both carry: measured with `bench/measure-devset.ts --corroboration`, the nearest pair of
 * different outlets that is not a copy scores 0.000 on the seeds and dev set, 0.007 on the 150 PolNeAR articles,
 * and 0.355 on the fixture stories (two articles written to share three whole sentences), while the fixture
 * stories' verbatim copies score 0.94.
 */
export const WIRE_COPY_THRESHOLD = 0.6;

export type SourceArticle = { id: string; source: string; text: string };

/**
 * Each article id mapped to its source: the first article (in the order given) of its outlet and of the wire
 * copies linked to it. why the outlet too: two articles of one outlet are one outlet's word, not two.
 */
export function sourcesOf(articles: readonly SourceArticle[]): Map<string, string> {
  const sets = createUnionFind(articles.length);
  const bodies = articles.map((article) => shingles(article.text));
  const byOutlet = new Map<string, number>();
  articles.forEach((article, index) => {
    const outlet = foldName(article.source);
    const first = byOutlet.get(outlet);
    if (first === undefined) byOutlet.set(outlet, index);
    else sets.union(first, index);
  });
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      if (sets.find(i) === sets.find(j)) continue;
      if (isWireCopy(bodies[i], bodies[j])) sets.union(i, j);
    }
  return new Map(articles.map((article, index) => [article.id, articles[sets.find(index)]?.id ?? article.id]));
}

/** Whether two bodies' shingles are close enough to be one story copied; empty sets (stubs) never are. */
export function isWireCopy(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b || a.size === 0 || b.size === 0) return false;
  // why: sizes further apart than the threshold allows cannot reach it; skip the intersection
  if (Math.min(a.size, b.size) < WIRE_COPY_THRESHOLD * Math.max(a.size, b.size)) return false;
  return jaccard(a, b) >= WIRE_COPY_THRESHOLD;
}
