import type { Quote } from "../../domain/facts.ts";
import type { Day } from "./calendar.ts";
import { findDates } from "./find-dates.ts";

/**
 * When a quote was said: a day named in its own attribution, or null. why: a quote is dated only by its own
 * sentence or attribution, never by a neighbouring event or an earlier quote's day (that put undated
 * statements on the day of an unrelated event). A range or a season is when something lasted, not a saying.
 */
export function saidOn(attribution: string, published: Day): Quote["saidOn"] {
  const own = findDates(ownSetting(attribution), published).find((d) => d.precision === "day" && !d.edtf);
  return own ? { date: own.date, precision: own.precision, basis: own.basis, phrase: own.phrase } : null;
}

/**
 * The part of an attribution that sets this quote: in "A said B had told C on Wednesday that … and the army
 * said", the words after the earlier report ("the army said"), whose day is not that report's day.
 */
export function ownSetting(attribution: string): string {
  const that = attribution.search(/\bthat\b/);
  if (that < 0) return attribution;
  const tail = attribution.slice(that);
  const boundaries = [...tail.matchAll(/(?:,?\s+(?:and|but)\s+|;\s+)/g)];
  const last = boundaries[boundaries.length - 1];
  return last ? tail.slice(last.index + last[0].length) : attribution;
}
