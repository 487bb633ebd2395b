import { monthAbbreviation } from "../domain/date-label.ts";
import { isRealDay } from "../domain/dates.ts";
import { daySpan } from "../store/date-span.ts";

/** What a date expression means: an inclusive day range and its grain. */
export type DateQuery = { from: string; to: string; precision: "day" | "month" | "year" | "range"; label: string };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

export const DATE_EXAMPLES = "2022-03-24, 24 March 2022, March 2022, 2022, 2022-11-01..2022-11-30";

/**
 * Parses "2022-03-24", "24 March 2022", "March 24, 2022", "March 2022", "2022-11", "2022" and ranges
 * "A..B" / "A to B" / "A – B". Returns an error message (naming what was expected) instead of throwing.
 */
export function parseDateExpression(raw: string): DateQuery | { error: string } {
  const text = raw
    .trim()
    .replace(/^["'“”]+|["'“”]+$/g, "")
    .trim();
  const parts = text.split(/\s*(?:\.\.|–|—|\bto\b)\s*/i);
  if (parts.length === 2) {
    const start = parseSingle(parts[0] ?? "");
    const end = parseSingle(parts[1] ?? "");
    if (!start || !end) return { error: `"${raw.trim()}" is not a date range I can read; expected e.g. 2022-11-01..2022-11-30` };
    if (start.from > end.to) return { error: `the range "${raw.trim()}" ends before it starts` };
    return { from: start.from, to: end.to, precision: "range", label: `${start.label} – ${end.label}` };
  }
  const single = parts.length === 1 ? parseSingle(text) : null;
  return single ?? { error: `"${raw.trim()}" is not a date I can read; expected one of: ${DATE_EXAMPLES}` };
}

function parseSingle(text: string): DateQuery | null {
  const t = text.trim().toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ");
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})-(\d{2})$/.exec(t);
  if (match) return month(Number(match[1]), Number(match[2]));
  match = /^(\d{4})$/.exec(t);
  if (match) return year(Number(match[1]));
  match = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.? (\d{4})$/.exec(t);
  if (match) return day(Number(match[3]), monthNumber(match[2] ?? ""), Number(match[1]));
  match = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(t);
  if (match) return day(Number(match[3]), monthNumber(match[1] ?? ""), Number(match[2]));
  match = /^([a-z]+)\.? (\d{4})$/.exec(t);
  if (match) return month(Number(match[2]), monthNumber(match[1] ?? ""));
  return null;
}

function monthNumber(name: string): number {
  if (name.length < 3) return 0;
  const index = MONTHS.findIndex((month) => month.startsWith(name));
  return index + 1;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function day(y: number, m: number, d: number): DateQuery | null {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (m < 1 || !isRealDay(date)) return null;
  return { from: date, to: date, precision: "day", label: `${d} ${monthAbbreviation(m)} ${y}` };
}

function month(y: number, m: number): DateQuery | null {
  if (m < 1 || m > 12) return null;
  const span = daySpan(`${y}-${pad(m)}`);
  return { ...span, precision: "month", label: `${monthAbbreviation(m)} ${y}` };
}

function year(y: number): DateQuery {
  return { ...daySpan(String(y)), precision: "year", label: String(y) };
}
