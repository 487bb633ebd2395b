import type { Topic } from "../../config/file-schema.ts";
import { createDefaultIngester } from "../../src/ingest/default-ingester.ts";
import { DEFAULT_FETCH_LIMITS, type HttpFetch } from "../../src/ingest/web/fetch-page.ts";
import { guardedFetch, type Resolve } from "../../src/ingest/web/guarded-fetch.ts";
import { pacedFetch } from "../../src/sources/host-pacer.ts";
import type { PollerDeps } from "../../src/sources/poll-source.ts";
import type { FactStore } from "../../src/store/fact-store.ts";

export const FERRY_TOPICS: Topic[] = [
  { slug: "ferries", title: "Ferries", description: "Harbour ferries.", keywords: ["ferry", "harbour", "fares"], minMatches: 2 },
];

/** A test's clock in milliseconds: read it, and move it on (the host pacer's sleeps move it instead of waiting). */
export type TestTime = { now(): number; advance(ms: number): void };

/** What pollSource needs, on the injected clock: the real extractor, the guard, the per-host pacer (1 s gap). */
export function pollerDeps(
  store: FactStore,
  time: TestTime,
  fetchImpl: HttpFetch = fetch,
  guard: { allowPrivate: boolean; resolve?: Resolve } = { allowPrivate: true },
): PollerDeps {
  const paceClock = {
    now: () => time.now(),
    sleep: async (ms: number) => time.advance(ms),
  };
  return {
    store,
    ingester: createDefaultIngester(store, FERRY_TOPICS),
    fetch: guardedFetch(pacedFetch(fetchImpl, { clock: paceClock, minGapMs: 1000 }), guard),
    limits: DEFAULT_FETCH_LIMITS,
    now: () => new Date(time.now()),
    random: () => 0,
  };
}

/** Follows `url` as the source "quay" (ferries, every 30 min), due at once. */
export function followQuay(store: FactStore, time: TestTime, url: string, backfill = 20): void {
  const at = new Date(time.now()).toISOString();
  store.sources.addSource({
    id: "quay",
    url,
    topics: ["ferries"],
    intervalMinutes: 30,
    backfill,
    origin: "cli",
    scope: null,
    followedAt: at,
    nextTry: at,
  });
}
