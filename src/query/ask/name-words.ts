import { tokens } from "./words.ts";

/** A month or weekday, folded: capitalised, but it names a time, not someone. */
export const CALENDAR =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Words capitalised because they open a sentence or a quotation, are pronouns or titles: they name nobody. */
const FUNCTION_WORDS = new Set(
  "i the a an but and or so yet he she they we you it this that these those there here in on at to for with by from of as if when while after before because then now not no yes all our my your his her their its what who which mr mrs ms dr".split(
    " ",
  ),
);

/**
 * Whether a word of running text (as split on spaces, with its punctuation) is a name the question does not
 * already give: capitalised after any opening quotation mark or bracket, not a month or weekday, not a function
 * word, not one of `asked` (the question's folded tokens).
 */
export function isNewName(raw: string, asked: ReadonlySet<string>): boolean {
  const bare = raw.replace(/^["'“‘(]+/, "");
  if (!/^\p{Lu}[\p{L}'’.-]/u.test(bare)) return false;
  const word = tokens(bare)[0] ?? "";
  return word.length > 1 && !asked.has(word) && !CALENDAR.test(word) && !FUNCTION_WORDS.has(word);
}

/** Whether `text` names anyone or anything the question does not. */
export function namesAnyoneNew(text: string, question: string): boolean {
  const asked = new Set(tokens(question));
  return text.split(/\s+/).some((word) => isNewName(word, asked));
}

/** The text after its first word. why: a sentence's first word is capitalised whatever it is. */
export function withoutFirstWord(text: string): string {
  return text.trim().replace(/^\S+\s*/, "");
}
