import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Digest } from "../../../../config/file-schema.ts";
import { createDigestRunner, type DigestRunner } from "../../../../src/digest/digest-runner.ts";
import type { DigestSender } from "../../../../src/digest/sender.ts";
import { createIngester } from "../../../../src/ingest/ingest-article.ts";
import { createTopicMatcher } from "../../../../src/ingest/topic-matcher.ts";
import { createLogger } from "../../../../src/log/logger.ts";
import type { FactStore } from "../../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../../src/store/sqlite-store.ts";
import type { ThreadRegistry } from "../../../../src/threads/thread-registry.ts";
import { fixtureExtract, seedInputs, TOPICS } from "../../../fixtures/facts/seed-store.ts";
import { makeTempDir } from "../../../support/temp-dir.ts";
import type { ManualClock } from "./manual-clock.ts";

export const TOPIC = "turkey-mediation";

export function digestConfig(overrides: Partial<Digest> = {}): Digest {
  return {
    id: "morning",
    cron: "30 7 * * *",
    timezone: "Europe/Istanbul",
    targets: ["slack:C1"],
    topics: [TOPIC],
    lookbackHours: 24,
    postWhenEmpty: false,
    maxItems: 10,
    ...overrides,
  };
}

/** A real SQLite file in a temp dir; each open() is another process's handle on it. */
export function createStoreFile(clock: ManualClock) {
  const dir = makeTempDir("briefbot-digest-");
  const path = join(dir, "brief.db");
  const handles: FactStore[] = [];
  return {
    path,
    open(): FactStore {
      const store = createSqliteStore({ path, now: () => clock.now().toISOString() });
      handles.push(store);
      return store;
    },
    cleanup() {
      for (const store of handles) store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Stores the seed articles (`which`: their index) at the clock's current time, as `brief ingest` would. */
export async function ingestSeeds(store: FactStore, which: readonly number[] = [0, 1]): Promise<void> {
  const ingester = createIngester({ store, extract: fixtureExtract, matcher: createTopicMatcher(TOPICS) });
  const inputs = seedInputs();
  for (const index of which) {
    const input = inputs[index];
    if (input) await ingester.ingest(input);
  }
}

export const quietLog = createLogger({ level: "silent", out: process.stderr });

export function runnerFor(
  store: FactStore,
  clock: ManualClock,
  digests: readonly Digest[],
  senders: { slack?: DigestSender; discord?: DigestSender; console?: DigestSender },
  extra: { threads?: ThreadRegistry; graceHours?: number; maxFailures?: number } = {},
): DigestRunner {
  return createDigestRunner({
    store,
    topics: TOPICS,
    senders,
    threads: extra.threads,
    clock,
    log: quietLog,
    retry: { retries: 3, baseDelayMs: 1_000, maxDelayMs: 10_000 },
    leaseMs: 5 * 60_000,
    configDigests: digests,
    graceHours: extra.graceHours ?? 6,
    maxFailures: extra.maxFailures ?? 3,
    lateAfterMs: 10 * 60_000,
  });
}
