import { partialDateLabel } from "../../domain/date-label.ts";
import { edtfLabel } from "../../domain/edtf.ts";
import type { FactDate } from "../types.ts";

/** A date at the precision the article gives it: "24 Feb 2022", "Nov 2022", "2014". Never a made-up day. */
export const dateLabel = partialDateLabel;

/** A fact's date as shown: a range or a season in its own words ("Mar 2009–May 2011", "spring 2019"). */
export function factDateLabel(date: FactDate): string {
  return date.edtf ? edtfLabel(date.edtf) : dateLabel(date.date);
}

/** "on 24 Feb 2022", "in Nov 2022", "in 2014", "in spring 2019"; says when the day was worked out from "on Saturday". */
export function whenPhrase(date: FactDate): string {
  const label = factDateLabel(date);
  const base = date.precision === "day" && !date.edtf ? `on ${label}` : `in ${label}`;
  const resolved = date.basis === "weekday" || date.basis === "relative" || date.basis === "month-day";
  return resolved && date.phrase ? `${base} ("${date.phrase}", dated from the article's publication day)` : base;
}
