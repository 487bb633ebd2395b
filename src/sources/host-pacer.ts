import type { HttpFetch } from "../ingest/web/fetch-page.ts";

/** The pacer's view of time: injected so tests and the simulation never wait for real. */
export type PaceClock = { now(): number; sleep(ms: number): Promise<void> };

/**
 * Wraps a fetch so that each host gets one request at a time, and at least `minGapMs` between the end of one
 * request's headers and the start of the next. why: a bot that polls many feeds on one site must not hammer it;
 * sources on different hosts still run side by side.
 */
export function pacedFetch(fetchImpl: HttpFetch, options: { clock: PaceClock; minGapMs: number }): HttpFetch {
  const hosts = new Map<string, { tail: Promise<unknown>; lastEnd: number }>();
  return (url, init) => {
    const host = new URL(url).host;
    const lane = hosts.get(host) ?? { tail: Promise.resolve(), lastEnd: Number.NEGATIVE_INFINITY };
    hosts.set(host, lane);
    const turn = lane.tail.then(async () => {
      const wait = lane.lastEnd + options.minGapMs - options.clock.now();
      if (wait > 0) await options.clock.sleep(wait);
      try {
        return await fetchImpl(url, init);
      } finally {
        lane.lastEnd = options.clock.now();
      }
    });
    lane.tail = turn.catch(() => undefined);
    return turn;
  };
}
