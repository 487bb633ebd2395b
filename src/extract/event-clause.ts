import { REPORTING_VERBS } from "./lexicon/reporting-verbs.ts";
import type { QuoteSpan } from "./quotes/marks.ts";

/**
 * What a dated sentence may show on a timeline. why: a timeline line is the writer's clause; a sentence
 * that is mostly a quotation ("“… we all want this to happen …,” said X on March 19.") is told by its
 * attribution ("X said, according to …"), never by a piece of the quotation; and a year that only names a
 * document ("invoked the 1936 Harbour Convention") is not something that happened that year.
 */

/** Quoted material: whole spans and a quote's continuation begun in an earlier sentence. */
function quotedRanges(spans: readonly QuoteSpan[], start: number, end: number): [number, number][] {
  return spans.filter((s) => s.open < end && s.close >= start).map((s) => [Math.max(s.open, start), Math.min(s.close + 1, end)]);
}

/** The sentence with its quoted parts cut out, and how much of it they were. */
export function outsideQuotes(sentence: string, sentenceStart: number, spans: readonly QuoteSpan[]): { text: string; quotedShare: number } {
  const ranges = quotedRanges(spans, sentenceStart, sentenceStart + sentence.length);
  let text = "";
  let at = sentenceStart;
  let quoted = 0;
  for (const [from, to] of ranges) {
    text += `${sentence.slice(at - sentenceStart, from - sentenceStart)} `;
    quoted += to - from;
    at = Math.max(at, to);
  }
  text += sentence.slice(at - sentenceStart);
  return { text: text.replace(/\s+/g, " ").trim(), quotedShare: sentence.length ? quoted / sentence.length : 0 };
}

const INVERTED = /^(\p{Ll}+)\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})(.*)$/u;

/**
 * The attribution left when the quotation is cut out, as a clause: ", said Ana Ruiz, according to the Courier on
 * May 3." → "Ana Ruiz said, according to the Courier on May 3"; "X told reporters on Saturday." as it is.
 * Null when what is left has no reporting verb: then there is no clause to show.
 */
export function attributionClause(outside: string): string | null {
  const text = outside
    .replace(/^[\s,.;:—–-]+/, "")
    .replace(/[\s,.;:—–-]+$/, "")
    .trim();
  if (text === "") return null;
  const inverted = INVERTED.exec(text);
  if (inverted && REPORTING_VERBS.has(inverted[1] ?? "")) {
    const rest = (inverted[3] ?? "").trim();
    return `${(inverted[2] ?? "").trim()} ${inverted[1]}${rest ? `${rest.startsWith(",") ? "" : " "}${rest}` : ""}`;
  }
  const tokens = text.split(/\s+/);
  // a subject (a capitalised name, a pronoun or a determiner phrase) before a reporting verb
  const verbAt = tokens.findIndex((token) => REPORTING_VERBS.has(token.toLowerCase().replace(/[,.;:]$/, "")));
  if (verbAt < 1) return null;
  return text;
}

/** Nouns that make "the YEAR …" the name of a document or an agreement, not a happening. */
const DOCUMENT =
  /^\s+(?:[\p{Lu}][\p{L}’'-]*\s+){0,5}?(?:[\p{L}-]+\s+){0,2}?(?:Convention|Treaty|Accords?|Agreement|Act|Charter|Protocol|Declaration|Constitution|Pact|Resolution|Law|Memorandum|Statute|Code|Directive|Framework|Compact|Deal|Plan|Strategy|convention|treaty|accords?|agreement|act|charter|protocol|declaration|constitution|pact|resolution|law|memorandum|statute|code|directive|framework|compact|deal|plan|strategy|report|study|census|survey)\b/u;
/** Verbs that say the document itself came about: then its year is an event. */
const MADE =
  /\b(?:sign(?:ed|ing)?|adopt(?:ed|ing)?|ratif(?:ied|y|ying)|agreed|conclud(?:ed|ing)|draft(?:ed|ing)|enact(?:ed|ing)|pass(?:ed|ing)|negotiat(?:ed|ing)|establish(?:ed|ing)|creat(?:ed|ing)|found(?:ed|ing)|approv(?:ed|ing)|publish(?:ed|ing)|introduc(?:ed|ing)|issu(?:ed|ing)|launch(?:ed|ing)|struck|reached|came into force|took effect|entered into force)\b/i;

/** "the 1936 Harbour Convention" in a sentence that does not say the convention was signed (or adopted…). */
export function namesADocumentOnly(sentence: string, dateStart: number, dateEnd: number): boolean {
  if (!/^\d{4}$/.test(sentence.slice(dateStart, dateEnd))) return false;
  if (!/\b(?:the|a|its|their|his|her)\s+$/i.test(sentence.slice(Math.max(0, dateStart - 8), dateStart))) return false;
  if (!DOCUMENT.test(sentence.slice(dateEnd))) return false;
  return !MADE.test(sentence);
}
