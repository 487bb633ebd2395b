/**
 * A wire-style dateline opening an article's first sentence: "LONDON — ", "ROTTERDAM, June 14 (Reuters) - ",
 * "NEW YORK (AP) — ". It says where the story was filed, not what happened, so summaries leave it out.
 */
const DATELINE = /^\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:,\s+\p{L}[\p{L}.]*\s+\d{1,2}(?:,\s+\d{4})?)?(?:\s+\([^)]{1,40}\))?\s+[—–-]{1,2}\s+(?=\S)/u;

export function withoutDateline(sentence: string): string {
  const match = DATELINE.exec(sentence);
  // why: an all-capitals first word alone ("NATO — the alliance …") is not a dateline unless followed by a sentence
  if (!match || !/\p{Lu}/u.test(sentence.charAt(match[0].length))) return sentence;
  return sentence.slice(match[0].length);
}
