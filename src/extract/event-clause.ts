import { REPORTING_VERBS } from "./lexicon/reporting-verbs.ts";
import type { QuoteSpan } from "./quotes/quote-span.ts";

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

const HAS_MARK = /["“”«»]|''/;
const OPEN = new Set(["“", "«"]);
const CLOSE = new Set(["”", "»"]);

/**
 * Quoted runs found from the marks in the sentence itself, as offsets into it. why: a fail-safe beside the
 * article-wide quote spans, which may not know every house style (two apostrophes for a quotation mark, a
 * quotation that runs in from the sentence before and only closes here).
 */
export function markedRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!HAS_MARK.test(sentence)) return ranges;
  let open: number | null = null;
  const close = (end: number) => {
    if (open !== null) ranges.push([open, end]);
    // a closing mark with nothing open: the quotation ran in from the sentence before
    else if (ranges.length === 0) ranges.push([0, end]);
    open = null;
  };
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i] ?? "";
    const width = char === "'" && sentence[i + 1] === "'" ? 2 : 1;
    if (OPEN.has(char)) open ??= i;
    else if (CLOSE.has(char)) close(i + 1);
    else if (char === '"' || width === 2) {
      // a straight mark closes after a word ("…sanctions," said) and opens before one (said "We…")
      const before = sentence[i - 1] ?? " ";
      const after = sentence[i + width] ?? " ";
      const closes = /\S/.test(before) && !/[\p{L}\p{N}]/u.test(after);
      if (closes) close(i + width);
      else if (/[\p{L}\p{N}'‘(….]/u.test(after)) open ??= i;
      i += width - 1;
    }
  }
  if (open !== null) ranges.push([open, sentence.length]);
  return ranges;
}

/** True when `offset` (into the sentence) lies inside one of the sentence's marked quotations. */
export function insideMarked(marked: readonly [number, number][], offset: number): boolean {
  return marked.some(([from, to]) => from <= offset && offset < to);
}

/** The sentence with its quoted parts cut out, how much of it they were, and how many words open it quoted. */
export function outsideQuotes(
  sentence: string,
  sentenceStart: number,
  spans: readonly QuoteSpan[],
  marked: readonly [number, number][] = markedRanges(sentence),
): { text: string; quotedShare: number; leadingQuoteWords: number; pieces: string[] } {
  const ranges = [
    ...quotedRanges(spans, sentenceStart, sentenceStart + sentence.length).map(([from, to]) => [from - sentenceStart, to - sentenceStart]),
    ...marked,
  ].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  let at = 0;
  let quoted = 0;
  const pieces: string[] = [];
  for (const [from = 0, to = 0] of ranges) {
    if (to <= at) continue;
    const begin = Math.max(from, at);
    pieces.push(sentence.slice(at, begin));
    quoted += to - begin;
    at = to;
  }
  pieces.push(sentence.slice(at));
  const text = pieces.join(" ");
  const lead = ranges.find(([from = 0]) => /^[\s"“”'‘’]*$/.test(sentence.slice(0, from)));
  const leadingQuoteWords = lead
    ? sentence
        .slice(lead[0], lead[1])
        .split(/\s+/)
        .filter((word) => /[\p{L}\p{N}]/u.test(word)).length
    : 0;
  return {
    text: text.replace(/\s+/g, " ").trim(),
    quotedShare: sentence.length ? quoted / sentence.length : 0,
    leadingQuoteWords,
    pieces: pieces.map((piece) => piece.trim()).filter((piece) => piece !== ""),
  };
}

const INVERTED = /^(\p{Ll}+)\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})(.*)$/u;

/**
 * The attribution left when the quotation is cut out, as a clause: ", said Ana Ruiz, according to the Courier on
 * May 3." → "Ana Ruiz said, according to the Courier on May 3"; "X told reporters on Saturday." as it is.
 * Null when what is left has no reporting verb: then there is no clause to show.
 */
export function attributionClause(outside: string): string | null {
  // why: "X said Tuesday that “…”": the complementiser belongs to the quotation cut away
  const text = outside
    .replace(/^[\s,.;:—–"“”'‘’-]+/, "")
    .replace(/[\s,.;:—–"“”'‘’-]+$/, "")
    .replace(/\s+that$/i, "")
    // why: "As Ana Ruiz pointed out in May, “…”": without its quotation the telling stands as a clause of its own
    .replace(/^as\s+(?=\S+\s+\S)/i, "")
    .trim();
  if (text === "") return null;
  const inverted = INVERTED.exec(text);
  if (inverted && REPORTING_VERBS.has(inverted[1] ?? "")) {
    const rest = (inverted[3] ?? "").trim();
    // why: "…,” said Ruiz, who ran the agency in 2014": the relative clause is the happening, hung on the speaker
    if (/^,\s*(?:who|whose)\b/i.test(rest)) return `${(inverted[2] ?? "").trim()}${rest}`;
    return `${(inverted[2] ?? "").trim()} ${inverted[1]}${rest ? `${rest.startsWith(",") ? "" : " "}${rest}` : ""}`;
  }
  const tokens = text.split(/\s+/);
  // a subject (a capitalised name, a pronoun or a determiner phrase) before a reporting verb
  const verbAt = tokens.findIndex((token) => REPORTING_VERBS.has(token.toLowerCase().replace(/[,.;:]$/, "")));
  if (verbAt < 1) return null;
  // why: "Fenn said Tuesday on Radio North's" ends where a quoted title began: a cut phrase is no timeline line.
  if (DANGLING_END.test(text)) return null;
  return text;
}

/** A phrase cut before its noun: a possessive, a preposition or an article at the very end. */
const DANGLING_END = /(?:['’]s?|\s(?:on|in|at|to|of|for|with|by|from|about|the|a|an|his|her|their|its))$/i;

/** Nouns that make "the YEAR …" the name of a document or an agreement, not a happening. */
const DOCUMENT =
  /^\s+(?:[\p{Lu}][\p{L}’'-]*\s+){0,5}?(?:[\p{L}-]+\s+){0,2}?(?:Convention|Treaty|Accords?|Agreement|Act|Charter|Protocol|Declaration|Constitution|Pact|Resolution|Law|Memorandum|Statute|Code|Directive|Framework|Compact|Deal|Plan|Strategy|convention|treaty|accords?|agreement|act|charter|protocol|declaration|constitution|pact|resolution|law|memorandum|statute|code|directive|framework|compact|deal|plan|strategy|report|study|census|survey|op-ed|editorial|column|article|memo|letter|email|e-mail|essay|book|paper|ruling|order)\b/u;
/** Verbs that say the document itself came about: then its year is an event. */
const MADE =
  /\b(?:sign(?:ed|ing)?|adopt(?:ed|ing)?|ratif(?:ied|y|ying)|agreed|conclud(?:ed|ing)|draft(?:ed|ing)|enact(?:ed|ing)|pass(?:ed|ing)|negotiat(?:ed|ing)|establish(?:ed|ing)|creat(?:ed|ing)|found(?:ed|ing)|approv(?:ed|ing)|publish(?:ed|ing)|introduc(?:ed|ing)|issu(?:ed|ing)|launch(?:ed|ing)|struck|reached|came into force|took effect|entered into force)\b/i;

/** "the 1936 Harbour Convention" in a sentence that does not say the convention was signed (or adopted…). */
export function namesADocumentOnly(sentence: string, dateStart: number, dateEnd: number): boolean {
  // why: "in our April 22, 2015, op-ed", "the March 3 memo": a full date names a document the same way a year does
  if (!/^(?:\d{4}|\S+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)$/.test(sentence.slice(dateStart, dateEnd))) return false;
  if (!/\b(?:the|a|its|their|his|her|our|my|your)\s+$/i.test(sentence.slice(Math.max(0, dateStart - 8), dateStart))) return false;
  if (!DOCUMENT.test(sentence.slice(dateEnd).replace(/^,/, ""))) return false;
  return !MADE.test(sentence);
}

/**
 * A summary cut inside a quotation ("X told the audience, “I do not know which …"): the words before the opening
 * mark, when they still read as the writer's clause; null when nothing of the writer's is left. why: a quote
 * fragment is not an event, and the splitter may end a sentence inside quotation marks.
 */
export function withoutOpenQuotation(summary: string): string | null {
  const opens = [...summary.matchAll(/“/g)].length;
  const closes = [...summary.matchAll(/”/g)].length;
  const straight = [...summary.matchAll(/"/g)].length;
  if (opens <= closes && straight % 2 === 0) return summary;
  const at = opens > closes ? summary.lastIndexOf("“") : summary.lastIndexOf('"');
  const lead = summary
    .slice(0, at)
    .replace(/[\s,;:—–-]+$/, "")
    // "… she has often told the team that “…": the complementiser belongs to the quotation cut away
    .replace(/(?:[\s,;:—–-]+(?:that|saying|:))+$/i, "")
    .trim();
  return lead.split(/\s+/).length >= 4 ? lead : null;
}
