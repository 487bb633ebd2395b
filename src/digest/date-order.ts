import type { FactDate } from "../query/types.ts";

/**
 * A sort key that puts dated lines in date order whatever their precision: a line known to the month sorts by
 * the month's first day and before the day lines of that month, a year line before everything in its year.
 * why: "sometime in Nov 2022" cannot honestly be placed after 12 Nov or before it; putting the coarser line first
 * reads as "in November …, then on 12 November …", the way a timeline is written. A range or a season sorts by
 * its start.
 */
export function dateSortKey(date: FactDate): string {
  const [year = "", month = "00", day = "00"] = (date.start ?? date.date).split("-");
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

/** Dated items oldest first (stable: items on the same key keep their order). */
export function inDateOrder<T extends { date: FactDate }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index, key: dateSortKey(item.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((entry) => entry.item);
}
