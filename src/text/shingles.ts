/**
 * Word 5-gram shingles and their Jaccard similarity: how near two article bodies are word for word.
 * why: two outlets telling one event in their own words share names but almost no runs of five words, while a
 * syndicated copy with a new headline, dateline or closing line shares nearly all of them (see src/digest/syndication.ts
 * and src/corroborate/wire-copies.ts for the thresholds each uses).
 */
const SHINGLE_WORDS = 5;
// why: below this many words a text has too few shingles for the similarity to mean anything (a teaser, a stub).
const MIN_WORDS = 40;

/** The set of word 5-grams of a text: lowercased, punctuation dropped, so typographic quotes or dashes do not count. */
export function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  const out = new Set<string>();
  if (words.length < MIN_WORDS) return out;
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) out.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}
