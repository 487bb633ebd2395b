import { foldName } from "../text/normalize.ts";
import { shingles } from "../text/shingles.ts";
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
  const byOutlet = new Map<string, number>();
  articles.forEach((article, index) => {
    const outlet = foldName(article.source);
    const first = byOutlet.get(outlet);
    if (first === undefined) byOutlet.set(outlet, index);
    else sets.union(first, index);
  });
  for (const [i, j] of wireCopyPairs(articles.map((article) => shingles(article.text)))) sets.union(i, j);
  return new Map(articles.map((article, index) => [article.id, articles[sets.find(index)]?.id ?? article.id]));
}

/**
 * The pairs of bodies whose shingle Jaccard reaches the threshold (empty sets, stubs, never do). why an index of
 * shingles rather than every pair: independent articles share almost no shingle, so counting the shared ones
 * through the index costs about the number of shingles, where comparing every pair grows with its square.
 */
export function wireCopyPairs(bodies: readonly ReadonlySet<string>[]): Array<[number, number]> {
  const holders = new Map<string, number[]>();
  bodies.forEach((body, index) => {
    for (const shingle of body) {
      const list = holders.get(shingle);
      if (list) list.push(index);
      else holders.set(shingle, [index]);
    }
  });
  const shared = new Map<number, number>();
  for (const list of holders.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = (list[x] as number) * bodies.length + (list[y] as number);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  const out: Array<[number, number]> = [];
  for (const [key, common] of shared) {
    const i = Math.floor(key / bodies.length);
    const j = key % bodies.length;
    const union = (bodies[i]?.size ?? 0) + (bodies[j]?.size ?? 0) - common;
    if (union > 0 && common / union >= WIRE_COPY_THRESHOLD) out.push([i, j]);
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
