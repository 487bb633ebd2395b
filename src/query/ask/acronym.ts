/**
 * "CDC" for "Centers for Disease Control", "EPA" for "Environmental Protection Agency": an acronym the question
 * uses where the article writes the name out. why: news writes an agency's full name once and questions use its
 * letters; no list of acronyms can keep up, but the initials of a capitalised run spell them.
 */
const LINKS = new Set(["for", "of", "and", "the", "on", "in", "&"]);

/** Whether `word` (as typed in the question) is an acronym: two to six capital letters, dots allowed. */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(word);
}

/** Whether `text` writes out `acronym` as a run of capitalised words (linking words inside skipped). */
export function spellsOut(text: string, acronym: string): boolean {
  if (!isAcronym(acronym)) return false;
  const letters = acronym.replace(/\./g, "").toUpperCase();
  const words = text.match(/[\p{L}&][\p{L}'’-]*/gu) ?? [];
  for (let start = 0; start < words.length; start += 1) {
    let at = 0;
    for (let i = start; i < words.length && at < letters.length; i += 1) {
      const word = words[i] ?? "";
      if (at > 0 && LINKS.has(word.toLowerCase())) continue;
      if (!/^\p{Lu}/u.test(word) || word[0]?.toUpperCase() !== letters[at]) break;
      at += 1;
    }
    if (at === letters.length) return true;
  }
  return false;
}
