import { daySpan } from "../store/date-span.ts";
import { readsAsClause } from "../text/clause-shape.ts";
import { compareFactDates, mergeDuplicateEvents } from "./items.ts";
import type { EventItem, QuoteItem } from "./types.ts";

/**
 * Which events a brief's timeline shows. why: a timeline line is a clause that says what happened; a name
 * ("The 1936 Harbour Convention") or a piece of a quotation stored by an older extractor is left out until
 * `brief reextract` reads it again. Fail safe: a line left out beats a junk one.
 */
export const TIMELINE_MAX = 12;
export { readsAsClause };

/**
 * The most on-topic events that had happened when reported, the same event from several articles merged,
 * in date order. why: an event dated after its article ("an election next year") is a forecast, not history.
 */
export function pickTimeline(candidates: readonly EventItem[]): EventItem[] {
  const happened = candidates.filter(
    (event) => daySpan(event.date.date).from <= event.citation.published && readsAsClause(event.summary) && !endsCut(event.summary),
  );
  return mergeDuplicateEvents(happened)
    .slice(0, TIMELINE_MAX)
    .sort((a, b) => compareFactDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** "X said Tuesday that", "… the court to the": a line cut before its object is a phrase, not a clause. */
const CUT_END = /\s(?:that|the|a|an|to|of|for|with|by|from|on|in|at|and|or|but|his|her|their|its)$/i;

function endsCut(summary: string): boolean {
  // a line shortened for display ends in "…" and was a clause before the cut
  return !/…\s*$/.test(summary) && CUT_END.test(summary.replace(/[\s.,;:]+$/, ""));
}

/**
 * One copy of a fact per brief: a timeline line told by the same sentence as a key quote shown above it
 * ("X told reporters on Saturday" beside X's quotation from that sentence) is left out; the quote carries its date.
 */
export function withoutQuotedLines(timeline: readonly EventItem[], quotes: readonly QuoteItem[]): EventItem[] {
  return timeline.filter(
    (event) =>
      !quotes.some(
        (quote) =>
          quote.citation.articleId === event.citation.articleId &&
          quote.citation.start >= event.citation.start &&
          quote.citation.end <= event.citation.end,
      ),
  );
}
