import { wallTimeAt } from "../schedule/zoned-time.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** A date at its own precision: "2022", "Nov 2022", "12 Nov 2022" (never a made-up day). */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A slot as its readers see it, in the digest's zone: "Mon 4 Mar 07:30". */
export function formatSlot(instant: number, timeZone: string): string {
  const wall = wallTimeAt(instant, timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()];
  const time = `${String(wall.hour).padStart(2, "0")}:${String(wall.minute).padStart(2, "0")}`;
  return `${weekday} ${wall.day} ${MONTHS[wall.month - 1]} ${time}`;
}
