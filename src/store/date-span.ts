import type { PartialDate } from "../domain/dates.ts";
import { type Edtf, edtfBounds } from "../domain/edtf.ts";

/** The first and last day a partial date covers: "2022-11" → 2022-11-01..2022-11-30, "2014" → the whole year. */
export function daySpan(date: PartialDate): { from: string; to: string } {
  if (date.length === 4) return { from: `${date}-01-01`, to: `${date}-12-31` };
  if (date.length === 7) return { from: `${date}-01`, to: `${date}-${String(daysInMonth(date)).padStart(2, "0")}` };
  return { from: date, to: date };
}

export function daysInMonth(yearMonth: string): number {
  const [year, month] = yearMonth.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, month ?? 1, 0)).getUTCDate();
}

/** The first and last day an EDTF range or season covers: "2009-03/2011-05" → 2009-03-01..2011-05-31. */
export function edtfDaySpan(edtf: Edtf): { from: string; to: string } {
  const { start, end } = edtfBounds(edtf);
  return { from: daySpan(start).from, to: daySpan(end).to };
}
