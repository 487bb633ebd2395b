import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileConfig } from "../../config/file-schema.ts";
import { FileConfigSchema } from "../../config/file-schema.ts";
import { prepareDigest } from "../../src/digest/prepare-digest.ts";
import { createLogger } from "../../src/log/logger.ts";
import { renderText } from "../../src/render/text.ts";
import { scheduleSourcePolling } from "../../src/sources/source-schedule.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { type FeedServer, harbourItem, startFeedServer } from "../support/feed-server.ts";
import { makeTempDir } from "../support/temp-dir.ts";
import { createManualClock, type ManualClock } from "../unit/digest/support/manual-clock.ts";

let server: FeedServer;
let clock: ManualClock;
let store: FactStore;

beforeEach(async () => {
  server = await startFeedServer();
  clock = createManualClock("2026-01-05T05:00:00.000Z");
  store = createSqliteStore({ path: join(makeTempDir("brief-schedule-"), "brief.db"), now: () => clock.now().toISOString() });
});
afterEach(async () => {
  store.close();
  await server.close();
});

function config(): FileConfig {
  return FileConfigSchema.parse({
    topics: [{ slug: "ferries", title: "Ferries", description: "Harbour ferries.", keywords: ["ferry", "harbour", "fares"] }],
    sources: [{ id: "quay", url: server.feedUrl, every: "30m", topics: ["ferries"], backfill: 2 }],
    sourceDefaults: { hostGapSeconds: 0 },
  });
}

const MINUTE = 60_000;
const plan = {
  id: "morning",
  cron: "0 7 * * *",
  timezone: "UTC",
  targets: ["console"],
  topics: ["ferries"],
  lookbackHours: 24,
  postWhenEmpty: false,
  maxItems: 10,
  origin: "config" as const,
};

describe("brief serve's source polling", () => {
  it("polls the config's sources on their interval, and the morning digest lists only what arrived after following", async () => {
    server.items.push(harbourItem(3), harbourItem(2), harbourItem(1));
    const polling = scheduleSourcePolling({
      store,
      config: config(),
      fetch,
      allowPrivate: true,
      clock,
      log: createLogger({ level: "silent", out: process.stderr }),
    });
    expect(store.sources.getSource("quay")).toMatchObject({ origin: "config", intervalMinutes: 30, backfill: 2 });
    await polling.start();
    clock.advance(MINUTE); // the heartbeat: the source's first poll was jittered into the first minute
    await polling.tick();
    expect(store.articleCount()).toBe(2);
    expect(store.sources.getSource("quay")?.lastSuccess).not.toBeNull();

    clock.advance(20 * MINUTE);
    server.items.unshift(harbourItem(4));
    await polling.tick();
    expect(store.articleCount()).toBe(2); // not due yet

    clock.advance(15 * MINUTE);
    await polling.tick();
    expect(store.articleCount()).toBe(3);
    await polling.stop();

    const digest = prepareDigest(store, config().topics, plan, "console", Date.parse("2026-01-05T07:00:00.000Z"));
    const text = renderText(digest?.doc ?? expect.unreachable());
    expect(text).toContain("number 4");
    expect(text).not.toContain("number 3");
    expect(text).not.toContain("number 2");
  });
});
