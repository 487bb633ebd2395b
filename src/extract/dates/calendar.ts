/** Small calendar helpers on UTC days, so no time zone ever shifts a date. */
export type Day = { y: number; m: number; d: number };

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

export function parseDay(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  return { y: y ?? 1970, m: m ?? 1, d: d ?? 1 };
}

export function toTime(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

export function fromTime(time: number): Day {
  const date = new Date(time);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  return fromTime(toTime(day) + days * 86_400_000);
}

export function weekdayOf(day: Day): number {
  return new Date(toTime(day)).getUTCDay();
}

const pad = (n: number) => String(n).padStart(2, "0");
export const isoDay = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;
export const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;

/** Month index (1-12) from a name or abbreviation ("Sept.", "Nov"), or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return 0;
  const index = MONTHS.findIndex((month) => month.startsWith(w) || (w === "sept" && month === "september"));
  return index + 1;
}
