/** "30m", "2h", "1d", "45" (minutes) → minutes; null when it is not such a duration. */
export function parseEvery(text: string): number | null {
  const match = /^(\d+)\s*(m|min|h|d)?$/i.exec(text.trim());
  if (!match?.[1]) return null;
  const value = Number(match[1]);
  const unit = (match[2] ?? "m").toLowerCase();
  return value * (unit === "h" ? 60 : unit === "d" ? 1440 : 1);
}

/** 30 → "30m", 120 → "2h", 1440 → "1d". */
export function formatEvery(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

/** The shortest and longest poll interval a source may have. why: shorter is impolite to publishers, longer is not following. */
export const MIN_EVERY_MINUTES = 5;
export const MAX_EVERY_MINUTES = 7 * 1440;

/** Why an interval is refused, or null when it is fine. */
export function everyProblem(text: string): string | null {
  const minutes = parseEvery(text);
  if (minutes === null) return `expected an interval like 30m, 2h or 1d, not "${text}"`;
  if (minutes < MIN_EVERY_MINUTES || minutes > MAX_EVERY_MINUTES)
    return `expected an interval from ${MIN_EVERY_MINUTES}m to 7d, not "${text}"`;
  return null;
}
