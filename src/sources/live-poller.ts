import type { FileConfig } from "../../config/file-schema.ts";
import { createDefaultIngester } from "../ingest/default-ingester.ts";
import { DEFAULT_FETCH_LIMITS, type HttpFetch } from "../ingest/web/fetch-page.ts";
import { guardedFetch } from "../ingest/web/guarded-fetch.ts";
import type { Logger } from "../log/logger.ts";
import { type Clock, createSystemClock } from "../schedule/clock.ts";
import type { FactWriter } from "../store/ports/fact-writer.ts";
import { pacedFetch } from "./host-pacer.ts";
import type { PollerDeps } from "./poll-source.ts";
import { createSourcePoller, type SourcePoller } from "./source-poller.ts";

/**
 * The poller as `brief serve` and `brief feeds poll` run it: the real clock, the extractor, the network guarded
 * (public hosts only unless BRIEF_ALLOW_PRIVATE_HOSTS) and paced per host by `sourceDefaults.hostGapSeconds`.
 */
/** What the live poller stores into: the followed sources and the facts of the articles it fetches. */
export type LivePollerStore = PollerDeps["store"] & FactWriter;

export function createLivePoller(options: {
  store: LivePollerStore;
  config: FileConfig;
  fetch: HttpFetch;
  allowPrivate: boolean;
  log?: Logger;
  stopping?: () => boolean;
  /** The system clock unless a test brings its own. */
  clock?: Clock;
}): SourcePoller {
  const clock = options.clock ?? createSystemClock();
  const paceClock = { now: () => clock.now().getTime(), sleep: (ms: number) => clock.sleep(ms) };
  const paced = pacedFetch(options.fetch, { clock: paceClock, minGapMs: options.config.sourceDefaults.hostGapSeconds * 1000 });
  return createSourcePoller({
    store: options.store,
    ingester: createDefaultIngester(options.store, options.config.topics),
    fetch: guardedFetch(paced, { allowPrivate: options.allowPrivate }),
    limits: DEFAULT_FETCH_LIMITS,
    now: () => clock.now(),
    random: Math.random,
    ...(options.log ? { log: options.log } : {}),
    ...(options.stopping ? { stopping: options.stopping } : {}),
  });
}
