import type { PartialDate, Precision } from "../domain/dates.ts";
import { type Edtf, edtfBounds } from "../domain/edtf.ts";

/** A date as the days it may mean: "2023-03" is 2023-03-01 … 2023-03-31, "2019-21" (spring) 2019-03-01 … 2019-05-31. */
export type DaySpan = { first: string; last: string };

export type DatedFact = { date: PartialDate; precision: Precision; edtf?: Edtf | undefined };

export function spanOf(fact: DatedFact): DaySpan {
  if (fact.edtf) {
    const { start, end } = edtfBounds(fact.edtf);
    return { first: firstDay(start), last: lastDay(end) };
  }
  return { first: firstDay(fact.date), last: lastDay(fact.date) };
}

/**
 * Whether two dates can be the same day: their spans overlap. why: a month and a day in it, a year and a month in it,
 * a range and a point inside it are the same date told at different precisions, never a disagreement.
 */
export function compatibleDates(a: DatedFact, b: DatedFact): boolean {
  return spansOverlap(spanOf(a), spanOf(b));
}

/** `compatibleDates` over spans worked out once (callers comparing many dates). */
export function spansOverlap(x: DaySpan, y: DaySpan): boolean {
  return x.first <= y.last && y.first <= x.last;
}

function firstDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

function lastDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number) as [number, number];
    // why: day 0 of the next month is the last day of this one (leap years included)
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, "0")}`;
  }
  return date;
}
