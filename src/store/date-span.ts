import type { PartialDate } from "../domain/dates.ts";

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
