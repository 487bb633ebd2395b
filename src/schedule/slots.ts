import { type CronFields, parseCron } from "./cron-fields.ts";
import { daysInMonth, instantOf, wallTimeAt, weekday } from "./zoned-time.ts";

/** When a digest is due: a cron expression read in an IANA time zone. */
export type CronSchedule = { cron: string; timezone: string };

const DAY = 86_400_000;
/** why: bounds the work of one computation; no question the scheduler asks looks further than this. */
const MAX_SPAN_DAYS = 400;

function dayMatches(fields: CronFields, year: number, month: number, day: number): boolean {
  if (!fields.months.has(month)) return false;
  const byDom = fields.daysOfMonth.has(day) || (fields.lastDayOfMonth && day === daysInMonth(year, month));
  const byDow = fields.weekdays.has(weekday(year, month, day));
  // why: classic cron semantics: when both day fields are restricted, either one matching is enough.
  if (fields.domRestricted && fields.dowRestricted) return byDom || byDow;
  if (fields.domRestricted) return byDom;
  if (fields.dowRestricted) return byDow;
  return true;
}

/**
 * Every slot of `schedule` in (after, upTo], as instants (ms), ascending. Slots are computed from the
 * zone's calendar, one wall-clock time per matching day, so daylight-saving changes never add or drop
 * a day's slot (see instantOf for how a skipped or repeated hour is read).
 */
export function slotsBetween(schedule: CronSchedule, after: number, upTo: number): number[] {
  if (upTo <= after) return [];
  if (upTo - after > MAX_SPAN_DAYS * DAY) throw new Error(`slot range longer than ${MAX_SPAN_DAYS} days`);
  const fields = parseCron(schedule.cron);
  const first = wallTimeAt(after, schedule.timezone);
  const last = wallTimeAt(upTo, schedule.timezone);
  const found = new Set<number>();
  // why: walk calendar dates (a UTC day counter stands for the zone's date), one day of margin either side.
  const start = Date.UTC(first.year, first.month - 1, first.day) - DAY;
  const end = Date.UTC(last.year, last.month - 1, last.day) + DAY;
  for (let date = start; date <= end; date += DAY) {
    const d = new Date(date);
    const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    if (!dayMatches(fields, year, month, day)) continue;
    for (const hour of fields.hours) {
      for (const minute of fields.minutes) {
        for (const second of fields.seconds) {
          const instant = instantOf({ year, month, day, hour, minute, second }, schedule.timezone);
          if (instant > after && instant <= upTo) found.add(instant);
        }
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** The most recent slot at or before `now`, looking back at most `horizonMs`; null when there is none. */
export function latestSlot(schedule: CronSchedule, now: number, horizonMs: number): number | null {
  return slotsBetween(schedule, now - horizonMs, now).at(-1) ?? null;
}

/** The next slot after `now` within `horizonMs`, or null. */
export function nextSlot(schedule: CronSchedule, now: number, horizonMs: number = 8 * DAY): number | null {
  return slotsBetween(schedule, now, now + horizonMs)[0] ?? null;
}
