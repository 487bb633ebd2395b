import type { FileConfig } from "../../config/file-schema.ts";
import type { HttpFetch } from "../ingest/web/fetch-page.ts";
import type { Logger } from "../log/logger.ts";
import type { Clock } from "../schedule/clock.ts";
import { createScheduler, type Scheduler } from "../schedule/scheduler.ts";
import type { TriggerFactory } from "../schedule/triggers.ts";
import type { LivePollerStore } from "./live-poller.ts";
import type { PollReport } from "./poll-source.ts";
import type { SourcePoller } from "./source-poller.ts";
import { syncConfigSources } from "./sync-config.ts";

/** why: every minute is as often as a source can be due; each source's own interval (with jitter) decides which are. */
const EVERY_MINUTE = { cron: "* * * * *", timezone: "UTC" };

/**
 * Polling for `brief serve`: the config's sources are followed first, then node-cron wakes a scheduler every
 * minute (like the digest one: ticks never overlap, a heartbeat backs the trigger up) that polls the sources due.
 * Stopping lets the poll in progress finish its current item and leaves the rest for the next start.
 */
export function scheduleSourcePolling(options: {
  store: LivePollerStore;
  config: FileConfig;
  fetch: HttpFetch;
  allowPrivate: boolean;
  clock: Clock;
  log: Logger;
  trigger?: TriggerFactory;
  /** Told each tick's poll reports (the metrics count them). */
  onPolled?: (reports: readonly PollReport[]) => void;
}): Scheduler {
  const { store, log } = options;
  const { conflicts } = syncConfigSources(store, options.config, options.clock.now(), Math.random);
  for (const id of conflicts)
    log.warn("a config source's id is already used by a source added from the CLI or chat; the config one is ignored", { id });
  let stopping = false;
  // why: the poller brings the web-ingest stack and the extractor; a bot that follows nothing never loads them.
  let poller: SourcePoller | undefined;
  const pollerNow = async () => {
    poller ??= (await import("./live-poller.ts")).createLivePoller({ ...options, log, stopping: () => stopping });
    return poller;
  };
  const scheduler = createScheduler({
    clock: options.clock,
    schedules: () => [EVERY_MINUTE],
    onTick: async (now) => {
      if (store.sources.listSources().length === 0) return [];
      const reports = await (await pollerNow()).pollDue(now);
      options.onPolled?.(reports);
      return reports;
    },
    log,
    ...(options.trigger ? { trigger: options.trigger } : {}),
  });
  return {
    ...scheduler,
    stop: () => {
      stopping = true;
      return scheduler.stop();
    },
  };
}
