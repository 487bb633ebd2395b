import { z } from "zod";
import { monthAbbreviation, partialDateLabel } from "./date-label.ts";
import type { PartialDate, Precision } from "./dates.ts";

/**
 * A date that is not one point: an interval ("2005/2008", "2009-03/2011-05", "2024-08-02/2024-09-06") or a
 * season ("2019-21" = spring 2019), written in ISO 8601-2 / EDTF level 1. why: the standard form is what other
 * tools read, and one string keeps a range one fact (not two events at its ends).
 * Season codes: 21 spring (Mar–May), 22 summer (Jun–Aug), 23 autumn (Sep–Nov), 24 winter (Dec–Feb, the
 * winter that starts in December of that year: meteorological seasons, northern hemisphere).
 */
const POINT = "\\d{4}(?:-\\d{2}(?:-\\d{2})?)?";
export const EdtfSchema = z
  .string()
  .regex(
    new RegExp(`^(?:${POINT}/${POINT}|\\d{4}-2[1-4])$`),
    "expected an EDTF interval (YYYY[-MM[-DD]]/YYYY[-MM[-DD]]) or season (YYYY-21..24)",
  );
export type Edtf = z.output<typeof EdtfSchema>;

export const SEASONS = ["spring", "summer", "autumn", "winter"] as const;
export type Season = (typeof SEASONS)[number];
/** First month of each season; winter runs into the next year. */
const SEASON_START = { spring: 3, summer: 6, autumn: 9, winter: 12 } as const;

const pad = (n: number) => String(n).padStart(2, "0");

export function seasonEdtf(year: number, season: Season): Edtf {
  return `${year}-${21 + SEASONS.indexOf(season)}`;
}

/** The first and last partial dates an EDTF value covers: "2019-21" → 2019-03 … 2019-05; "2005/2008" → 2005 … 2008. */
export function edtfBounds(edtf: Edtf): { start: PartialDate; end: PartialDate } {
  const season = /^(\d{4})-(2[1-4])$/.exec(edtf);
  if (season) {
    const year = Number(season[1]);
    const first = SEASON_START[SEASONS[Number(season[2]) - 21] ?? "spring"];
    const last = first + 2;
    return { start: `${year}-${pad(first)}`, end: last > 12 ? `${year + 1}-${pad(last - 12)}` : `${year}-${pad(last)}` };
  }
  const [start = edtf, end = edtf] = edtf.split("/");
  return { start, end };
}

/** The point form kept beside the EDTF value for readers that know only date + precision: the start, or a season's year. */
export function edtfPoint(edtf: Edtf): { date: PartialDate; precision: Precision } {
  const season = /^(\d{4})-2[1-4]$/.exec(edtf);
  if (season?.[1]) return { date: season[1], precision: "year" };
  const { start } = edtfBounds(edtf);
  return { date: start, precision: start.length === 4 ? "year" : start.length === 7 ? "month" : "day" };
}

/**
 * How a reader sees an EDTF value: "2005–2008", "Mar 2009–May 2011", "Mar–May 2011", "2–6 Aug 2024",
 * "2 Aug–6 Sep 2024", "spring 2019". Never more precise than the value.
 */
export function edtfLabel(edtf: Edtf): string {
  const season = /^(\d{4})-(2[1-4])$/.exec(edtf);
  if (season) return `${SEASONS[Number(season[2]) - 21]} ${season[1]}`;
  const { start, end } = edtfBounds(edtf);
  const [sy, sm, sd] = start.split("-");
  const [ey, em, ed] = end.split("-");
  if (sy === ey && start.length === end.length && sm && em) {
    if (sd && ed)
      return sm === em
        ? `${Number(sd)}–${partialDateLabel(end)}`
        : `${Number(sd)} ${monthAbbreviation(Number(sm))}–${partialDateLabel(end)}`;
    return `${monthAbbreviation(Number(sm))}–${partialDateLabel(end)}`;
  }
  return `${partialDateLabel(start)}–${partialDateLabel(end)}`;
}
