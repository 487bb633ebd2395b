import { COMMANDS } from "../../commands/index.ts";
import type { AppConfig } from "../../config/load.ts";
import { createConfiguredDigestRunner, LATE_AFTER_MS } from "../digest/configured-runner.ts";
import type { DigestRunner } from "../digest/digest-runner.ts";
import { createDigestService, type DigestService } from "../digest/digest-service.ts";
import type { DigestSenders } from "../digest/sender.ts";
import { createStoreAutocomplete } from "../discord-commands/autocomplete.ts";
import { type CommandDispatcher, createDispatcher } from "../dispatch/dispatcher.ts";
import type { Logger } from "../log/logger.ts";
import { recordDigestOutcomes } from "../ops/digest-metrics.ts";
import type { Metrics } from "../ops/metrics.ts";
import { recordPolls } from "../ops/source-metrics.ts";
import { createAliasKeyCache } from "../query/alias-key-cache.ts";
import { createAsker } from "../query/ask/asker.ts";
import type { FetchLike } from "../query/ask/llm/llm-client.ts";
import { llmFromConfig } from "../query/ask/llm/llm-from-config.ts";
import { createQueryEngine } from "../query/create-query-engine.ts";
import type { QueryEngine } from "../query/types.ts";
import { createSystemClock } from "../schedule/clock.ts";
import { createScheduler, type Scheduler } from "../schedule/scheduler.ts";
import { nodeCronTrigger } from "../schedule/triggers.ts";
import type { PollReport } from "../sources/poll-source.ts";
import { scheduleSourcePolling } from "../sources/source-schedule.ts";
import { createSourceService, type SourceService } from "../sources/source-service.ts";
import type { FactStore } from "../store/fact-store.ts";
import { foldForMatch } from "../text/normalize.ts";
import { createStoreThreadRegistry } from "../threads/store-thread-registry.ts";
import type { ThreadRegistry } from "../threads/thread-registry.ts";

export type Services = {
  query: QueryEngine;
  threads: ThreadRegistry;
  dispatcher: CommandDispatcher;
  digests: DigestService;
  autocomplete: ReturnType<typeof createStoreAutocomplete>;
  /** Builds the digest scheduler once the platform senders are known (they depend on which tokens are set). */
  scheduleDigests(senders: DigestSenders): Scheduler & { runner: DigestRunner };
  /** Following sources (CLI and chat), and the scheduler that polls them while serving. */
  sources: SourceService;
  scheduleSources(): Scheduler;
};

/**
 * Everything platform-neutral that serving needs, built over one open store: queries, ask (with the optional
 * language model), persistent threads, the command dispatcher, digests. Adapters are built in main.ts.
 */
export function createServices(options: {
  config: AppConfig;
  store: FactStore;
  log: Logger;
  /** The raw environment, only to read the language model's key variable named in the config. */
  secretsEnv: Readonly<Record<string, string | undefined>>;
  fetch: FetchLike;
  /** Command and digest counts for /metrics; absent, nothing is counted. */
  metrics?: Metrics;
}): Services {
  const { config, store, log, metrics } = options;
  const topics = config.file.topics;
  const clock = createSystemClock();
  // why: one copy of the store's alias keys (read again after any write) for every reader that looks names up
  const aliasKeys = createAliasKeyCache(store);
  const query = createQueryEngine(store, topics, aliasKeys);
  const llm = llmFromConfig(config.file.ask?.llm, options.secretsEnv, options.fetch);
  if (config.file.ask?.llm && !llm)
    log.warn("ask.llm is configured but its key variable is unset: answers stay extractive", { variable: config.file.ask.llm.apiKeyEnv });
  const ask = createAsker({ store, llm, aliasKeys });
  const threads = createStoreThreadRegistry({ store, topics, aliasKeys });
  const allowPrivate = config.env.BRIEF_ALLOW_PRIVATE_HOSTS;
  const sources = createSourceService({ store, config: config.file, allowPrivate, now: () => clock.now() });
  let onSubscriptionChange = () => {};
  const digests = createDigestService({ store, topics, configDigests: config.file.digests, clock, onChange: () => onSubscriptionChange() });
  const dispatcher = createDispatcher({
    commands: COMMANDS,
    deps: { topics, query, ask, digests, sources, defaultTimezone: config.env.TZ ?? "UTC" },
    log,
    ...(metrics ? { observe: metrics.command } : {}),
  });
  const autocomplete = createStoreAutocomplete({
    commands: COMMANDS,
    topics,
    speakers: (partial, limit) => store.suggestSpeakers(foldForMatch(partial), limit),
  });
  return {
    query,
    threads,
    dispatcher,
    digests,
    autocomplete,
    sources,
    scheduleSources: () =>
      scheduleSourcePolling({
        store,
        config: config.file,
        fetch: options.fetch,
        allowPrivate,
        clock,
        log: log.child({ component: "sources" }),
        trigger: nodeCronTrigger,
        ...(metrics ? { onPolled: (reports: readonly PollReport[]) => recordPolls(metrics, reports) } : {}),
      }),
    scheduleDigests(senders) {
      const runner = createConfiguredDigestRunner({
        config: config.file,
        store,
        senders,
        threads,
        clock,
        log: log.child({ component: "digest" }),
      });
      const scheduler = createScheduler({
        clock,
        schedules: () => runner.plans(),
        onTick: async (now) => {
          const outcomes = await runner.tick(now);
          if (metrics) recordDigestOutcomes(metrics, outcomes, now, LATE_AFTER_MS);
          return outcomes;
        },
        trigger: nodeCronTrigger,
        log,
      });
      onSubscriptionChange = () => scheduler.refresh();
      return { ...scheduler, runner };
    },
  };
}
