import { foldForMatch } from "./normalize.ts";

/**
 * Names that mean the same body: common abbreviations of countries and international organisations, so a
 * question about "the US" finds the articles' "United States" and a fact saying "U.S." counts for it.
 * A general lexicon, kept short: a form that is also an everyday word (the pronoun "us") is listed with its dots only
 * where it could be mistaken in running text (see `textForms`).
 */
const GROUPS: readonly (readonly string[])[] = [
  ["United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans"],
  ["United Kingdom", "U.K.", "UK", "Britain", "Great Britain", "British"],
  ["European Union", "EU", "E.U."],
  ["United Nations", "UN", "U.N."],
  ["United Arab Emirates", "UAE", "U.A.E."],
  ["Soviet Union", "USSR", "U.S.S.R."],
  ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "NATO"],
  ["International Monetary Fund", "IMF"],
  ["World Health Organization", "World Health Organisation", "WHO"],
];

/** Forms that are ordinary words in lower case ("us", "who", "un"): never matched in running text. */
const EVERYDAY_WORDS = new Set(["us", "who", "un"]);

const BY_FORM = new Map<string, readonly string[]>(GROUPS.flatMap((group) => group.map((form) => [foldForMatch(form), group] as const)));

/** The other names for `name` (any case), or [] when it is in no group. */
export function equivalentNames(name: string): readonly string[] {
  const key = foldForMatch(name);
  return (BY_FORM.get(key) ?? []).filter((form) => foldForMatch(form) !== key);
}

/** Whether `name` is a listed form (so a two-letter "UK" or "EU" may still be a name). */
export function isListedName(name: string): boolean {
  return BY_FORM.has(foldForMatch(name));
}

/** Lower-case forms safe to look for in running text (the pronoun "us" is not the United States). */
export function textForms(name: string): string[] {
  return [name, ...equivalentNames(name)].map(foldForMatch).filter((form) => !EVERYDAY_WORDS.has(form));
}
