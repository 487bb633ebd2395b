import { foldForMatch } from "../text/normalize.ts";

/**
 * A quote's words for comparing: folded (case, diacritics, curly quotes), punctuation dropped, single spaces.
 * why: outlets end a quote with a comma or a full stop, curl its marks differently and cut it at different places;
 * none of that makes the words different.
 */
export function quoteWords(text: string): string {
  return foldForMatch(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type QuoteRelation = "same" | "contains" | "within" | null;

/**
 * How quote `a` stands to quote `b`: the same words, `a` containing `b` (one outlet quoting a longer stretch), `a`
 * within `b`, or unrelated. Matching is on whole words: "rate" is not within "separate".
 */
export function quoteRelation(a: string, b: string, minWords: number): QuoteRelation {
  return relationOfWords(quoteWords(a), quoteWords(b), minWords);
}

/** `quoteRelation` over quotes already folded by `quoteWords` (callers comparing many quotes fold each once). */
export function relationOfWords(x: string, y: string, minWords: number): QuoteRelation {
  if (x === "" || y === "") return null;
  if (x === y) return "same";
  if (wordCount(y) >= minWords && ` ${x} `.includes(` ${y} `)) return "contains";
  if (wordCount(x) >= minWords && ` ${y} `.includes(` ${x} `)) return "within";
  return null;
}

export function wordCount(folded: string): number {
  return folded === "" ? 0 : folded.split(" ").length;
}
