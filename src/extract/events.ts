import type { Event, Quote } from "../domain/facts.ts";
import { type Day, isoDay } from "./dates/calendar.ts";
import { findDates } from "./dates/find-dates.ts";
import type { FoundDate } from "./dates/found-date.ts";
import { toldAsComing, toldOnlyInPast } from "./dates/tense.ts";
import type { Doc } from "./doc.ts";
import { attributionClause, insideMarked, markedRanges, namesADocumentOnly, outsideQuotes, withoutOpenQuotation } from "./event-clause.ts";
import { dateNamesNoHappening, oddMarksBefore } from "./event-date-use.ts";
import { saysNothingBeside, summariseEvent, withoutTrailingQuotation } from "./event-summary.ts";
import { insideQuote } from "./quotes/marks.ts";

/** Words a sentence needs before it is worth looking for a date in it. */
// why: case-sensitive month stems: "may", "market" and "decided" are no dates, and each sentence let through
// costs a full date search
const MAY_HAVE_DATE =
  /\d|day|week|month|year|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter/;
/** A sentence at least this much quotation is told by its attribution. */
const MOSTLY_QUOTED = 0.5;
const LINK = /\bhttps?:\/\/|\bwww\./;
/** Any mark that can open or close a quotation, straight, curly, angled, single or doubled. */
const ANY_MARK = /["“”«»‘]|''|^'|\s'/;
/** "PHILADELPHIA, July 25 (UPI) —", "LONDON, Jan. 5 -": a place in capitals, a day, an agency, a dash. */
const DATELINE =
  /^[\p{Lu}][\p{Lu}\s.'’-]+,\s+(?:[\p{Lu}][\p{L}.]*\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?(?:[—–]|--?)\s*/u;
/** Words on each side of a quotation cut from the middle that make the rest no single clause. */
const HOLE_SIDE_WORDS = 3;
/** A sentence that opens with a quotation this long is a quote and its attribution. */
const LEADING_QUOTE_WORDS = 5;

/**
 * One event per dated expression outside quotation marks, with the date resolved against publication.
 * Several mentions of the same date in one paragraph are one event spanning those sentences: news copy
 * restates the day ("On Sunday, X said … Speaking on Sunday, X …"). A range or a season is one event.
 * Fail safe: a date with no clause to show (a year that only names a document, a quotation with no
 * attribution left) yields no event rather than a junk line.
 */
export function findEvents(doc: Doc, quotes: readonly Quote[] = []): Event[] {
  let quoted: string[] | null = null;
  const events: (Event & { paragraph: number })[] = [];
  const explicitYears = new Map<string, string>();
  for (const sentence of doc.sentences) {
    // why: a link line ("2016 delegate tracker: http://…") is page furniture, not a happening
    if (!MAY_HAVE_DATE.test(sentence.text) || LINK.test(sentence.text)) continue;
    const dates = findDates(sentence.text, doc.published);
    if (dates.length === 0) continue;
    const marked = markedRanges(sentence.text);
    // why: "CITY, July 25 (Agency) — …": the dateline's day is when the copy was filed; its words are no clause
    const dateline = DATELINE.exec(sentence.text)?.[0].length ?? 0;
    for (const [index, read] of dates.entries()) {
      // why: a dateline's day is told by the sentence after it only when that sentence has no date of its own
      if (read.start < dateline && (dates.length > 1 || ANY_MARK.test(sentence.text))) continue;
      const found = withArticleYear(read, explicitYears);
      if (found.basis === "explicit" && found.precision === "day" && !found.edtf)
        explicitYears.set(found.date.slice(5), found.date.slice(0, 4));
      // why: "in late November or early December" is one uncertain happening, not two: the first date stands for it
      if (alternativeToPrevious(sentence.text, dates[index - 1], found)) continue;
      if (insideQuote(doc.spans, sentence.start + found.start) || insideMarked(marked, found.start)) continue;
      if (namesADocumentOnly(sentence.text, found.start, found.end)) continue;
      if (dateNamesNoHappening(sentence.text, found.start, found.end, found.edtf?.includes("/") === true, doc.published.y)) continue;
      const paragraphStart = doc.paragraphs[sentence.paragraph]?.start ?? sentence.start;
      if (oddMarksBefore(doc.text, paragraphStart, sentence.start + found.start)) continue;
      const rest = sentence.text.slice(dateline);
      const whole =
        read.start < dateline ? summariseEvent(rest, rest.length, rest.length) : summaryOf(doc, sentence, marked, found.start, found.end);
      const summary = whole === null ? null : withoutTrailingQuotation(withoutOpenQuotation(whole));
      quoted ??= quotedWords(quotes);
      if (summary === null || repeatsAQuote(summary, quoted) || saysNothingBeside(summary, found.phrase)) continue;
      // why: "She noted a planned rally on Saturday": a date still to come on a line told in the past dates the
      // planned thing, not the telling; the line would claim she noted it then
      if (afterPublication(found, doc.published)) {
        if (toldOnlyInPast(summary)) continue;
        // why: "Scholars caution that turnout doesn't mean an advantage in November", "In the final round next month,
        // X holds a lead": a coming month or year in a line that says nothing is to come names a thing, not a happening
        if (found.precision !== "day" && !toldAsComing(summary.replace(found.phrase, " "))) continue;
      }
      // why: the line itself must start outside quotation marks, not only the date
      const summaryAt = sentence.text.indexOf(summary.slice(1, 30));
      if (summaryAt > 0 && oddMarksBefore(doc.text, paragraphStart, sentence.start + summaryAt - 1)) continue;
      const actors = [
        ...new Set(
          (doc.mentionsBySentence[sentence.index] ?? [])
            .filter((m) => !m.inQuote && (m.type === "person" || m.type === "organization"))
            .map((m) => doc.names.lookup(m.name)?.id)
            .filter((id): id is string => Boolean(id)),
        ),
      ];
      const same = events.find(
        (e) => e.paragraph === sentence.paragraph && e.date === found.date && e.precision === found.precision && e.edtf === found.edtf,
      );
      if (same) {
        same.end = sentence.end;
        same.sentence = doc.text.slice(same.start, same.end);
        same.actors = [...new Set([...same.actors, ...actors])];
        continue;
      }
      events.push({
        date: found.date,
        precision: found.precision,
        basis: found.basis,
        ...(found.edtf ? { edtf: found.edtf } : {}),
        summary,
        actors,
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        paragraph: sentence.paragraph,
      });
    }
  }
  return events.map(({ paragraph: _paragraph, ...event }) => event);
}

// why: module level: the TypeScript loader compiles an inline \p{…} regex on every call (a hot spot here)
const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

function words(text: string): number {
  return text.split(/\s+/).filter((word) => HAS_WORD.test(word)).length;
}
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Lower case, punctuation and spacing folded: summary and quote come from the same text, so no accent folding. */
function normalised(text: string): string {
  return text.toLowerCase().replace(NOT_A_WORD, " ").trim();
}

/** The words of every verbatim quote (direct and partial), normalised for comparison. */
function quotedWords(quotes: readonly Quote[]): string[] {
  return quotes.filter((quote) => quote.kind !== "indirect").map((quote) => normalised(quote.text));
}

/** A line that is a piece of someone's quoted words is theirs, not the writer's account of a happening. */
function repeatsAQuote(summary: string, quoted: readonly string[]): boolean {
  const words = normalised(summary);
  return words.length > 0 && quoted.some((quote) => quote.includes(words));
}

/**
 * A bare month and day the article gave earlier with its year ("her January 23, 2013 testimony … a message
 * posted on January 23") is that day again, not the one nearest publication.
 */
function withArticleYear(found: FoundDate, explicitYears: ReadonlyMap<string, string>): FoundDate {
  if (found.basis !== "month-day" || found.precision !== "day" || found.edtf) return found;
  const year = explicitYears.get(found.date.slice(5));
  return year && year !== found.date.slice(0, 4) ? { ...found, date: `${year}${found.date.slice(4)}`, basis: "explicit" } : found;
}

/** Whether a found date starts after the publication day, at its own precision. */
function afterPublication(found: FoundDate, published: Day): boolean {
  const day = isoDay(published);
  return found.date.localeCompare(day.slice(0, found.date.length)) > 0;
}

/** The date right after "or" following another date: "late November or early December", "Monday or Tuesday". */
function alternativeToPrevious(sentence: string, previous: { end: number } | undefined, found: { start: number }): boolean {
  return previous !== undefined && /^\s*,?\s+or\s+(?:on\s+|in\s+)?$/i.test(sentence.slice(previous.end, found.start));
}

/** The writer's clause for the date; for a sentence that is mostly a quotation, its attribution; else null. */
function summaryOf(
  doc: Doc,
  sentence: Doc["sentences"][number],
  marked: readonly [number, number][],
  dateStart: number,
  dateEnd: number,
): string | null {
  // a quotation begun in an earlier sentence runs on into this one (binary search, not a scan of every span)
  const opensInQuote = sentence.start > 0 && insideQuote(doc.spans, sentence.start - 1) && insideQuote(doc.spans, sentence.start);
  // why: most dated sentences quote nobody; they need no cutting
  if (!opensInQuote && !ANY_MARK.test(sentence.text)) return summariseEvent(sentence.text, dateStart, dateEnd);
  const outside = outsideQuotes(sentence.text, sentence.start, doc.spans, marked);
  const quoteFirst = outside.leadingQuoteWords > 0 || opensInQuote;
  const mostlyQuoted = opensInQuote || outside.quotedShare >= MOSTLY_QUOTED || outside.leadingQuoteWords >= LEADING_QUOTE_WORDS;
  // why: "called on the agency to conduct an “…” of the pipes and said …": words on both sides of a quotation cut
  // out of the middle of a clause do not join into one ("conduct an of the pipes"); fail safe
  const holed = outside.pieces.filter((piece) => words(piece) >= HOLE_SIDE_WORDS).length > 1;
  const clause = (quoteFirst || mostlyQuoted) && !holed ? attributionClause(outside.text) : null;
  if (clause !== null) return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}`;
  // why: a short title in quotation marks ("Crust and Crumb" came out …) is the subject of the writer's clause
  return mostlyQuoted ? null : summariseEvent(sentence.text, dateStart, dateEnd);
}
