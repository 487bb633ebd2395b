const MINUTE = 60_000;
/** why: past a day a failing source is still tried daily, so a feed that comes back is noticed within a day. */
export const MAX_BACKOFF_MS = 24 * 60 * MINUTE;
/** why: spread polls of many sources with one interval over a few minutes instead of one second. */
const MAX_JITTER_MS = 5 * MINUTE;

/** When a source polled successfully at `at` is due again: its interval plus up to 10 % (at most 5 min) of jitter. */
export function nextAfterSuccess(at: number, intervalMinutes: number, random: () => number): number {
  const interval = intervalMinutes * MINUTE;
  return at + interval + Math.floor(random() * Math.min(interval / 10, MAX_JITTER_MS));
}

/** Exponential backoff: the interval doubled for each failure in a row (1st: 2x), capped at a day. */
export function nextAfterFailure(at: number, intervalMinutes: number, failures: number, random: () => number): number {
  const delay = Math.min(intervalMinutes * MINUTE * 2 ** Math.min(failures, 20), MAX_BACKOFF_MS);
  return at + delay + Math.floor(random() * Math.min(delay / 10, MAX_JITTER_MS));
}

export { formatEvery, parseEvery } from "../../config/every.ts";
