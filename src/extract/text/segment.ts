// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
// why: "''" opens a quotation in archives that print quotation marks as two apostrophes.
const boundary = /([.!?…]+)(["'”’)\]]*)(\s+)(?=(?:''|["“‘'([])?[\p{Lu}\d])|\n/gu;
const WORD_CHAR = /[\p{L}.]/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(\p{L}\.)+\p{L}$/u;
const LOWERCASE_START = /^\p{Ll}/u;
const NOUN_AFTER_ACRONYM = /^(\p{Lu}\p{Ll}+ ){0,1}(officials?|citizens?|forces|troops|government|president|embassy)\b/iu;

/** A stretch of the cleaned text; `text === cleaned.slice(start, end)`. */
export type Span = { start: number; end: number; text: string };
export type Paragraph = Span & { index: number };
export type Sentence = Span & { index: number; paragraph: number };

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "capt",
  "sgt",
  "jr",
  "sr",
  "prof",
  "inc",
  "corp",
  "co",
  "ltd",
  "no",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
  "mt",
  "adm",
  "maj",
  "cmdr",
  "rev",
  "ft",
  "fig",
  "approx",
  "dept",
  "univ",
  "est",
  "gens",
  "reps",
  "sens",
]);

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    paragraphs.push({ start, end: start + match[0].length, text: match[0], index: paragraphs.length });
  }
  return paragraphs;
}

/**
 * Splits paragraphs into sentences at . ! ? (and any closing quotes or brackets after them) followed by
 * space and a capital, digit or opening quote; a line break inside a paragraph also ends a sentence.
 * Abbreviations ("Mr.", "Gen.", "Nov.") and initials ("Donald J. Trump", "U.S.") do not.
 */
export function sentencesOf(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, paragraph: number) => {
    while (start < end && /\s/.test(text[start] ?? "")) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph });
  };
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    boundary.lastIndex = 0;
    for (const match of paragraph.text.matchAll(boundary)) {
      const at = paragraph.start + match.index;
      if (match[0] !== "\n" && isAbbreviation(text, at, match[1] ?? "")) continue;
      const end = match[0] === "\n" ? at : at + (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
      push(start, end, paragraph.index);
      start = end;
    }
    push(start, paragraph.end, paragraph.index);
  }
  return sentences;
}

function isAbbreviation(text: string, dotAt: number, punctuation: string): boolean {
  if (punctuation !== ".") return false;
  let wordStart = dotAt;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1] ?? "")) wordStart -= 1;
  const word = text.slice(wordStart, dotAt);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // why: single initials ("J.") and dotted acronyms ("U.S") are not sentence ends when a name follows.
  if (SINGLE_CAPITAL.test(word)) return true;
  if (DOTTED_ACRONYM.test(word)) {
    const next = text.slice(dotAt + 1, dotAt + 40).trimStart();
    return LOWERCASE_START.test(next) || NOUN_AFTER_ACRONYM.test(next);
  }
  return false;
}

/** The sentence containing `offset` (binary search; sentences are sorted and disjoint). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid];
    if (!sentence) break;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return sentence;
  }
  return sentences[Math.min(Math.max(low - 1, 0), sentences.length - 1)];
}

/** The sentences of a cleaned text as plain spans: what ingest stores, cut exactly as the extractor cut them. */
export function splitSentences(text: string): Span[] {
  return sentencesOf(text, paragraphsOf(text)).map(({ start, end, text: sentence }) => ({ start, end, text: sentence }));
}
