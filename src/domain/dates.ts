import { z } from "zod";

/** A calendar date at the precision the source supports: "2014", "2022-11" or "2022-11-12". */
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.output<typeof PartialDateSchema>;

export const PrecisionSchema = z.enum(["year", "month", "day"]);
export type Precision = z.output<typeof PrecisionSchema>;

/** A full ISO day, YYYY-MM-DD, that exists on the calendar. */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((value) => isRealDay(value), "expected a real calendar day");

/**
 * How a date was resolved, so answers can say "on Sunday (resolved against publication)".
 * explicit: the text names it fully; weekday: a weekday relative to publication; month-day: a day and month
 * whose year was inferred; relative: "earlier this month", "last week", "next year"; year: a bare year.
 */
export const DateBasisSchema = z.enum(["explicit", "weekday", "month-day", "relative", "year", "publication"]);
export type DateBasis = z.output<typeof DateBasisSchema>;

export const ResolvedDateSchema = z.object({
  date: PartialDateSchema,
  precision: PrecisionSchema,
  basis: DateBasisSchema,
  /** The words the date was read from, as written ("on Saturday", "earlier this month"). */
  phrase: z.string().optional(),
});

export function precisionOf(date: PartialDate): Precision {
  if (date.length === 4) return "year";
  if (date.length === 7) return "month";
  return "day";
}

export function isRealDay(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
