/** A wall-clock reading in some time zone; month 1–12, weekday 0 (Sunday)–6. */
export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** What a clock on the wall in `timeZone` shows at `instant` (ms since the epoch). */
export function wallTimeAt(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
const HOUR = 3_600_000;

/**
 * The instant a wall-clock time names in `timeZone`. Daylight saving makes this partial, and both
 * cases are resolved the way cron daemons do, so a daily digest neither skips nor doubles a day:
 * a time that occurs twice (clocks go back) means its first occurrence; a time that does not exist
 * (clocks go forward) means the same distance past the gap (02:30 on a spring-forward night → 03:30).
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const naive = asUtc(wall);
  // why: offsets on either side of any transition are found half a day away; no zone changes twice a day.
  const offsets = new Set([offsetAt(naive - 12 * HOUR, timeZone), offsetAt(naive + 12 * HOUR, timeZone)]);
  const exact = [...offsets].map((offset) => naive - offset).filter((instant) => asUtc(wallTimeAt(instant, timeZone)) === naive);
  if (exact.length > 0) return Math.min(...exact);
  return naive - offsetAt(naive - 12 * HOUR, timeZone);
}

/** The zone's offset from UTC at `instant`, in ms (east positive). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return asUtc(wallTimeAt(whole, timeZone)) - whole;
}

/** Day of the week (0 Sunday) of a calendar date, independent of any zone. */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
