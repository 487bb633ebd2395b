import { precisionOf } from "../domain/dates.ts";
import { edtfBounds } from "../domain/edtf.ts";
import type { CitationRow, EventRow, QuoteRow, SentenceRow } from "../store/rows.ts";
import { withoutDateline } from "../text/dateline.ts";
import { similarity } from "./query-text.ts";
import type { Citation, EventItem, FactDate, QuoteItem, SentenceItem } from "./types.ts";

/** Maps store rows to the result types every answer shares. */
export function citationOf(row: CitationRow): Citation {
  return {
    articleId: row.article_id,
    source: row.source,
    published: row.published,
    url: row.url,
    title: row.title,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
  };
}

export function quoteItem(row: QuoteRow): QuoteItem {
  const saidOn: FactDate | null =
    row.said_date === null
      ? null
      : {
          date: row.said_date,
          precision: row.said_precision ?? precisionOf(row.said_date),
          basis: row.said_basis ?? "explicit",
          phrase: row.said_phrase,
        };
  return {
    id: `q${row.id}`,
    text: row.text,
    kind: row.kind,
    speaker: { entityId: row.speaker_id, name: row.speaker_name, role: row.speaker_role, description: row.speaker_description },
    via: row.via,
    saidOn,
    citation: citationOf(row),
  };
}

export function eventItem(row: EventRow, sometimeIn = false): EventItem {
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
export function sentenceItem(row: SentenceRow): SentenceItem {
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
