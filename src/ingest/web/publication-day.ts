import { IsoDaySchema } from "../../domain/dates.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The publication day a timestamp names, as YYYY-MM-DD, or undefined. The day is read as written, in the
 * publisher's own time zone: "2024-03-05T23:30:00-05:00" is 5 March, not 6 March in UTC, because that is
 * the date the article carries and the date its "on Tuesday" is resolved against.
 * Reads ISO 8601 (HTML meta, JSON-LD, Atom) and RFC 822 ("Tue, 5 Mar 2024 10:00:00 GMT", RSS).
 */
export function publicationDay(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return checked(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const rfc822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i.exec(text);
  if (rfc822) {
    const month = MONTHS.indexOf((rfc822[2] ?? "").toLowerCase()) + 1;
    if (month > 0) return checked(`${rfc822[3]}-${pad(month)}-${pad(Number(rfc822[1]))}`);
  }
  return undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function checked(day: string): string | undefined {
  return IsoDaySchema.safeParse(day).success ? day : undefined;
}
