// Lowercase words that stand inside a capitalised name. The head words that tell what a name names are in
// organisation-heads.ts, event-heads.ts, place-words.ts and outlet-words.ts.

/** Name particles that stay lowercase inside a name ("Ludwig van Beethoven", "Ahmad al-Rashid"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al",
  "bin",
  "bint",
  "da",
  "de",
  "del",
  "della",
  "der",
  "di",
  "du",
  "el",
  "la",
  "le",
  "van",
  "von",
  "dos",
  "das",
  "ibn",
]);

/** Connectors allowed inside an organisation's or event's name ("Ministry of Health"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "&"]);
