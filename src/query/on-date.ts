import type { FactReader } from "../store/ports/fact-reader.ts";
import { parseDateExpression } from "./date-expression.ts";
import { compareFactDates, eventItem, mergeDuplicateEvents, quoteItem } from "./items.ts";
import { checkQueryText } from "./query-text.ts";
import type { OnDateQueryResult } from "./types.ts";

const HINT = "brief on 2022-03-24, brief on March 2022, brief on 2022-11-01..2022-11-30";
/** Events and quotes listed per answer, earliest first; "sometime in" events on a day. */
const SOMETIME_LIMIT = 20;
/** Events and quotes listed per answer, earliest first. */
const LIMIT = 50;

/**
 * Events and quotes in a day, month, year or range. A day query also lists the events known only to
 * that day's month, marked sometimeIn, since they may have happened that day.
 */
export function onDate(store: FactReader, raw: string): OnDateQueryResult {
  const checked = checkQueryText(raw, HINT);
  if ("kind" in checked) return checked;
  const parsed = parseDateExpression(checked.text);
  if ("error" in parsed) return { kind: "invalid-query", query: checked.text, message: `${capitalise(parsed.error)}.`, hint: HINT };
  const range = { from: parsed.from, to: parsed.to };
  const inside = store.eventsWithin(range, LIMIT).map((row) => eventItem(row));
  const coarse =
    parsed.precision === "day" ? store.eventsDated(parsed.from.slice(0, 7), SOMETIME_LIMIT).map((row) => eventItem(row, true)) : [];
  const events = mergeDuplicateEvents([...inside, ...coarse]).sort((a, b) => compareFactDates(a.date, b.date) || a.id.localeCompare(b.id));
  const quotes = store.quotesSaidWithin(range, LIMIT).map(quoteItem);
  if (events.length === 0 && quotes.length === 0) {
    const nearest = store.nearestEventDays(parsed.from, 2);
    return {
      kind: "not-found",
      what: "date",
      query: checked.text,
      message: `No events or quotes ${parsed.precision === "day" ? "on" : "in"} ${parsed.label}.`,
      suggestions: nearest,
    };
  }
  return { kind: "on-date", query: checked.text, range: { ...range, precision: parsed.precision }, label: parsed.label, events, quotes };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
