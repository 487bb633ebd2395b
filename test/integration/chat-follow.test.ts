import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileConfigSchema } from "../../config/file-schema.ts";
import type { AppConfig } from "../../config/load.ts";
import { loadEnv } from "../../config/load.ts";
import { createServices } from "../../src/app/services.ts";
import { createLogger } from "../../src/log/logger.ts";
import { renderText } from "../../src/render/text.ts";
import { createLivePoller } from "../../src/sources/live-poller.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { type FeedServer, harbourItem, startFeedServer } from "../support/feed-server.ts";
import { makeTempDir } from "../support/temp-dir.ts";

let server: FeedServer;
let store: FactStore;
beforeEach(async () => {
  server = await startFeedServer();
  store = createSqliteStore({ path: join(makeTempDir("brief-chat-follow-"), "brief.db") });
});
afterEach(async () => {
  store.close();
  await server.close();
});

function configOf(chatManaged: boolean): AppConfig {
  const file = FileConfigSchema.parse({
    topics: [{ slug: "ferries", title: "Ferries", description: "Harbour ferries.", keywords: ["ferry", "harbour", "fares"] }],
    digests: [{ id: "morning", cron: "30 7 * * *", timezone: "UTC", targets: ["console"], topics: ["ferries"] }],
    sourceDefaults: { chatManaged, hostGapSeconds: 0 },
  });
  return { env: loadEnv({ LOG_LEVEL: "silent", BRIEF_ALLOW_PRIVATE_HOSTS: "true" }), file, configPath: "test" };
}

function chat(config: AppConfig) {
  const log = createLogger({ level: "silent", out: process.stderr });
  const services = createServices({ config, store, log, secretsEnv: {}, fetch });
  const say = async (text: string, channelId = "terminal") =>
    renderText(await services.dispatcher.handle(text, { platform: "console", channelId, userId: "you", threadId: "t" }), {
      color: false,
      width: 400,
    });
  // why: what brief serve's scheduler does when the source is due, without waiting for its interval
  const poll = () => createLivePoller({ store, config: config.file, fetch, allowPrivate: true }).pollOne("127-0-0-1");
  return { say, poll, services };
}

describe("following sources from chat", () => {
  it("follows a local feed from the terminal chat; a new item shows in /brief <topic> and the digest preview", async () => {
    server.items.push(harbourItem(1));
    const { say, poll, services } = chat(configOf(true));
    const followed = await say(`/brief follow ${server.feedUrl} ferries`);
    expect(followed).toContain('This channel now follows "127-0-0-1"');
    expect(await say("/brief following")).toContain("not polled yet");
    await poll();
    expect(await say("/brief following")).toMatch(/127-0-0-1: .*every 30m, topics: ferries\. ok, last polled/);
    server.items.unshift(harbourItem(2));
    await poll();
    expect(await say("/brief ferries")).toContain("number 2");
    const preview = services.digests
      .preview({ platform: "console", channel: "terminal" })
      .map((doc) => renderText(doc))
      .join("\n");
    expect(preview).toContain("number 2");
    expect(preview).not.toContain("number 1");
    expect(await say("/brief following", "other-channel")).toContain("This channel follows no sources");
    expect(await say("/brief unfollow 127-0-0-1", "other-channel")).toContain('No followed source "127-0-0-1" in this channel');
    expect(await say("/brief unfollow 127-0-0-1")).toContain('no longer follows "127-0-0-1"');
  });

  it("refuses to follow from chat unless the operator turned chat-managed sources on", async () => {
    const { say } = chat(configOf(false));
    expect(await say(`/brief follow ${server.feedUrl}`)).toContain("Following sources from chat is turned off");
    expect(await say("/brief unfollow anything")).toContain("Following sources from chat is turned off");
    expect(await say("/brief following")).toContain("Following from chat is turned off here");
    expect(store.sources.listSources()).toEqual([]);
  });

  it("answers bad follow requests with the reason", async () => {
    const { say } = chat(configOf(true));
    expect(await say("/brief follow")).toContain("usage: /brief follow <feed URL> [topic]");
    expect(await say("/brief follow javascript:alert(1)")).toContain("only http(s)");
    expect(await say(`/brief follow ${server.feedUrl} weather`)).toContain('No topic "weather"');
  });
});
