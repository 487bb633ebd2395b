/**
 * Folds text for matching: lowercase, diacritics removed ("Müller" → "muller", "Yıldız" → "yildiz"),
 * curly quotes and dashes made plain, runs of space collapsed. Display text keeps its original form.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/*
 * The folds below all start from `foldForMatch` and differ on purpose, each for what it compares:
 * - `foldName`: a name as written, a leading "the" dropped ("The Guardian" is the outlet "Guardian");
 * - `foldToKey`: letters and digits only, for entity-id slugs and file names ("New York Times" → "new", "york", …);
 * - `foldNamePart`: one person-name part reduced to a spelling-variant key (doubled letters and vowels merged).
 */

const LEADING_THE = /^the\s+/;

/** A name folded for comparing two mentions: `foldForMatch`, and a leading "the" dropped. */
export function foldName(name: string): string {
  return foldForMatch(name).replace(LEADING_THE, "");
}

/** Folded to plain lowercase letters and digits, everything else dropped ("Café Nord" → "cafenord"). */
export function foldToKey(text: string): string {
  return foldForMatch(text).replace(/[^a-z0-9]/g, "");
}

/**
 * Folds one name part so spelling variants meet: diacritics removed ("Şahin" → "sahin"), lowercase,
 * doubled letters collapsed ("Petrovv" → "petrov"), and y/i and o/y vowel confusions in transliterations
 * reduced to one letter class ("Mohammed" and "Muhammad" → the same key).
 */
export function foldNamePart(part: string): string {
  return foldForMatch(part)
    .replace(/[^a-z]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/[aeiouy]+/g, (vowels, offset: number) => (offset === 0 ? (vowels[0] ?? "") : "_"));
}
