import { precisionOf } from "../domain/dates.ts";
import { edtfBounds } from "../domain/edtf.ts";
import type { CitedEvent, CitedQuote, CitedSentence, FactCitation } from "../store/fact-types.ts";
import { withoutDateline } from "../text/dateline.ts";
import { similarity } from "./query-text.ts";
import type { Citation, EventItem, FactDate, QuoteItem, SentenceItem } from "./types.ts";

/** Maps store rows to the result types every answer shares. */
export function citationOf(row: FactCitation): Citation {
  return {
    articleId: row.articleId,
    source: row.source,
    published: row.published,
    url: row.url,
    title: row.title,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
  };
}

export function quoteItem(row: CitedQuote): QuoteItem {
  const saidOn: FactDate | null =
    row.saidDate === null
      ? null
      : {
          date: row.saidDate,
          precision: row.saidPrecision ?? precisionOf(row.saidDate),
          basis: row.saidBasis ?? "explicit",
          phrase: row.saidPhrase,
        };
  return {
    id: `q${row.id}`,
    text: row.text,
    kind: row.kind,
    speaker: { entityId: row.speakerId, name: row.speakerName, role: row.speakerRole, description: row.speakerDescription },
    via: row.via,
    saidOn,
    citation: citationOf(row),
  };
}

export function eventItem(row: CitedEvent, sometimeIn = false): EventItem {
  return {
    id: `e${row.id}`,
    date: {
      date: row.date,
      precision: row.precision,
      basis: row.basis,
      phrase: null,
      ...(row.edtf ? { edtf: row.edtf, ...edtfBounds(row.edtf) } : {}),
    },
    summary: row.summary,
    actors: row.actors,
    sometimeIn,
    citation: citationOf(row),
    alsoReportedIn: [],
  };
}

/** A sentence as a summary line: without a wire dateline ("LONDON — "); the citation keeps the sentence whole. */
export function sentenceItem(row: CitedSentence): SentenceItem {
  return { text: withoutDateline(row.sentence), citation: citationOf(row) };
}

/** When a quote was said, for sorting: its own date, else the article's publication day. */
export function quoteDay(quote: QuoteItem): string {
  return quote.saidOn?.date ?? quote.citation.published;
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** Date order that respects precision: "2014" before "2014-02-21", "2022-11" before "2022-11-12". */
export function compareFactDates(a: FactDate, b: FactDate): number {
  const from = (date: string) => date.padEnd(10, "-00").replace(/-$/, "");
  return from(a.date).localeCompare(from(b.date)) || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/**
 * Folds the same event reported by several articles into one item (same date, near-identical summary),
 * keeping the first as primary and the others as alsoReportedIn.
 */
export function mergeDuplicateEvents(events: readonly EventItem[]): EventItem[] {
  const merged: EventItem[] = [];
  for (const event of events) {
    const twin = merged.find(
      (kept) =>
        kept.date.date === event.date.date &&
        kept.date.edtf === event.date.edtf &&
        kept.citation.articleId !== event.citation.articleId &&
        similarity(kept.summary, event.summary) >= 0.5,
    );
    if (twin) twin.alsoReportedIn.push(event.citation);
    else merged.push({ ...event, alsoReportedIn: [...event.alsoReportedIn] });
  }
  return merged;
}
