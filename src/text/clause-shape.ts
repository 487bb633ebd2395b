/**
 * Whether a short text reads as a clause rather than a name or a phrase. why: a timeline line must say what
 * happened ("The port reopened the terminal"), and a bare name ("The 1936 Harbour Convention"), a phrase
 * ("Back in 2009") or a quotation is not that. A cheap test without a parser: at least three words, not opening
 * with a quotation mark, and a word in lower case that is not a function word (a verb or a common noun).
 */
const FUNCTION_WORDS = new Set("a an the of and or in on at for to with by from as into over under after before than".split(" "));

/** Has a word in lower case that is not a function word (a verb, a common noun): not just a name. */
export function readsAsClause(summary: string): boolean {
  const text = summary.trim();
  // a short title in quotation marks may be the subject ("Salt and Stone" came out …); a quotation may not
  const title = /^(?:["“]|'')([^"“”]{1,60}?)(?:["”]|'')\s/.exec(text);
  const inner = title?.[1] ?? "";
  const isTitle =
    inner.split(/\s+/).length <= 4 &&
    !/[,.!?;:]$/.test(inner) &&
    inner.split(/\s+/).every((word) => word.length < 4 || /^\p{Lu}/u.test(word));
  if (/^["“”‘'«]/.test(text) && !isTitle) return false;
  const tokens = text.split(/\s+/).map((token) => token.replace(/[^\p{L}'’-]/gu, ""));
  if (tokens.filter(Boolean).length < 3) return false;
  return tokens.some((token) => /^\p{Ll}/u.test(token) && !FUNCTION_WORDS.has(token));
}
