import { daySpan } from "../store/date-span.ts";
import { readsAsClause } from "../text/clause-shape.ts";
import { compareFactDates, mergeDuplicateEvents } from "./items.ts";
import type { EventItem } from "./types.ts";

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
  const happened = candidates.filter((event) => daySpan(event.date.date).from <= event.citation.published && readsAsClause(event.summary));
  return mergeDuplicateEvents(happened)
    .slice(0, TIMELINE_MAX)
    .sort((a, b) => compareFactDates(a.date, b.date) || a.id.localeCompare(b.id));
}
