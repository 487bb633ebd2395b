import { monthAbbreviation } from "../domain/date-label.ts";
import { wallTimeAt } from "../schedule/zoned-time.ts";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** A slot as its readers see it, in the digest's zone: "Mon 4 Mar 07:30". */
export function formatSlot(instant: number, timeZone: string): string {
  const wall = wallTimeAt(instant, timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()];
  const time = `${String(wall.hour).padStart(2, "0")}:${String(wall.minute).padStart(2, "0")}`;
  return `${weekday} ${wall.day} ${monthAbbreviation(wall.month)} ${time}`;
}
