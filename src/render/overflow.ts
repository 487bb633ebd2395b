import type { Unit } from "./units.ts";

/**
 * Packs units into at most `max` messages. When the whole answer does not fit, it keeps the longest
 * prefix that does, followed by a "…and N more" unit and the answer's closing hint: cut, never rejected.
 * `pack` must be monotonic (more units never need fewer messages), so a binary search finds the cut.
 */
export function packWithin<M>(
  units: readonly Unit[],
  pack: (units: readonly Unit[]) => M[],
  max: number,
  overflow: (count: number) => Unit,
): M[] {
  const whole = pack(units);
  if (whole.length <= max) return whole;
  const lastHint = units.findLastIndex((unit) => unit.kind === "hint");
  const closing = lastHint >= 0 ? [units[lastHint] as Unit] : [];
  const body = units.filter((_, index) => index !== lastHint);
  const attempt = (keep: number) => pack([...body.slice(0, keep), overflow(countItems(body.slice(keep))), ...closing]);
  let lo = 0;
  let hi = body.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (attempt(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return attempt(lo).slice(0, max);
}

function countItems(units: readonly Unit[]): number {
  return units.reduce((sum, unit) => sum + (unit.kind === "text" ? unit.count : 0), 0);
}
