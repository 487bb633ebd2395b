import { createLruMap } from "../cache/lru-map.ts";
import { plainStem, words } from "../text/words.ts";
import type { InvalidQuery } from "./types.ts";

/** Longer input is refused, not truncated: a 10,000-character "name" is a paste accident, not a question. */
export const MAX_QUERY_CHARS = 300;

// why: these words carry no meaning for matching and make full-text queries slow and noisy.
const STOPWORDS = new Set(
  "a an and are as at be but by for from has have he her his i if in into is it its of on or she so that the their them then there these they this to was we were what when where which who will with would you".split(
    " ",
  ),
);

/** Trims the input and refuses empty or oversized text with a message and an example. */
export function checkQueryText(raw: string, hint: string): { text: string } | InvalidQuery {
  const text = raw.trim();
  if (text.length === 0) return { kind: "invalid-query", query: "", message: "The query is empty.", hint };
  if (text.length > MAX_QUERY_CHARS) {
    return {
      kind: "invalid-query",
      query: `${text.slice(0, 40)}…`,
      message: `The query is ${text.length} characters long; the limit is ${MAX_QUERY_CHARS}.`,
      hint,
    };
  }
  return { text };
}

/** Words worth searching for: stopwords dropped unless nothing else is left. */
export function searchWords(text: string): string[] {
  const all = words(text);
  const content = all.filter((word) => !STOPWORDS.has(word));
  return [...new Set(content.length > 0 ? content : all)];
}

/** Share of `a`'s content-word stems that also occur in `b` (0..1). */
export function overlap(a: string, b: string): number {
  const need = searchWords(a).map(plainStem);
  if (need.length === 0) return 0;
  const have = new Set(words(b).map(plainStem));
  return need.filter((word) => have.has(word)).length / need.length;
}

// why: briefs compare each candidate with every kept item; stemming the same text again each time dominated.
// A text's stems depend on the text alone, so one cache serves every store.
const stemCache = createLruMap<string, ReadonlySet<string>>(5_000);
function stemSet(text: string): ReadonlySet<string> {
  return stemCache.remember(text, () => new Set(searchWords(text).map(plainStem)));
}

/** Word-set similarity of two texts (Jaccard over stems), for spotting two items that say the same thing. */
export function similarity(a: string, b: string): number {
  const x = stemSet(a);
  const y = stemSet(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  return shared / (x.size + y.size - shared);
}
