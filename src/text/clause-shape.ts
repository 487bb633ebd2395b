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
  if (/^["“”‘'«]/.test(text) && !opensWithTitle(text)) return false;
  let words = 0;
  let content = false;
  for (const match of text.matchAll(WORD)) {
    words += 1;
    if (!content && /^\p{Ll}/u.test(match[0]) && !FUNCTION_WORDS.has(match[0])) content = true;
    if (words >= 3 && content) return true;
  }
  return false;
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** A short title in quotation marks may be the subject ("Salt and Stone" came out …); a quotation may not. */
function opensWithTitle(text: string): boolean {
  const inner = /^(?:["“]|'')([^"“”]{1,60}?)(?:["”]|'')\s/.exec(text)?.[1] ?? "";
  const words = inner.split(/\s+/);
  return inner !== "" && words.length <= 4 && !/[,.!?;:]$/.test(inner) && words.every((word) => word.length < 4 || /^\p{Lu}/u.test(word));
}
