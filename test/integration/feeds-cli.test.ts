import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { type FeedServer, harbourItem, startFeedServer } from "../support/feed-server.ts";
import { makeTempDir } from "../support/temp-dir.ts";

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  server.items.push(harbourItem(2), harbourItem(1));
});
afterAll(() => server.close());

const TOPICS_YAML = `topics:
  - slug: ferries
    title: Ferries
    description: Harbour ferries.
    keywords: [ferry, harbour, fares]
sourceDefaults:
  hostGapSeconds: 0 # why: one local server stands for every host; real waits would only slow the test
`;

function workspace(config?: string, allowPrivate = true) {
  const root = makeTempDir("brief-feeds-cli-");
  const env: Record<string, string> = { LOG_LEVEL: "silent", DATA_DIR: join(root, "data") };
  if (allowPrivate) env.BRIEF_ALLOW_PRIVATE_HOSTS = "true";
  if (config !== undefined) {
    writeFileSync(join(root, "config.yaml"), config);
    env.BRIEF_CONFIG = join(root, "config.yaml");
  }
  return async (argv: string[]) => {
    const io = captureIo("");
    const code = await main(argv, { env, io });
    return { code, out: io.out(), err: io.err() };
  };
}

describe("brief feeds", () => {
  it("adds, polls, lists with state, and removes a followed feed", async () => {
    const run = workspace(TOPICS_YAML);
    const added = await run(["feeds", "add", server.feedUrl, "--id", "quay", "--topic", "ferries", "--every", "2h"]);
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain('Following "quay"');
    expect(added.out).toContain("every 2h");
    expect((await run(["feeds", "list"])).out).toContain("not polled yet");
    const polled = await run(["feeds", "poll"]);
    expect(polled.code, polled.err).toBe(0);
    expect(polled.out).toContain("quay: 2 new (2 of them backlog, not announced), 0 replaced");
    expect((await run(["feeds", "poll", "quay"])).out).toContain("quay: not modified (304)");
    const listed = JSON.parse((await run(["feeds", "list", "--json"])).out);
    expect(listed).toMatchObject([{ id: "quay", state: "ok", every: "2h", topics: ["ferries"], failures: 0, lastError: null }]);
    expect((await run(["sources"])).out).toContain("Harbour ferry timetable change number 2");
    const removed = await run(["feeds", "remove", "quay"]);
    expect(removed.out).toContain('Unfollowed "quay"');
    expect((await run(["feeds", "list"])).out).toContain("No followed sources");
  });

  it("moves a feed that answers 301 to its new URL, says so, and lists it there", async () => {
    const run = workspace(TOPICS_YAML);
    expect((await run(["feeds", "add", server.feedUrl, "--id", "moving", "--topic", "ferries"])).code).toBe(0);
    server.setMode("moved");
    try {
      const polled = await run(["feeds", "poll", "moving"]);
      expect(polled.code, polled.err).toBe(0);
      expect(polled.out).toContain(`moving: moved for good to ${server.base}/new-home/feed.xml`);
      expect((await run(["feeds", "list"])).out).toContain(`${server.base}/new-home/feed.xml`);
      expect(JSON.parse((await run(["feeds", "list", "--json"])).out)).toMatchObject([
        { id: "moving", url: `${server.base}/new-home/feed.xml` },
      ]);
    } finally {
      server.setMode("feed");
    }
  });

  it("refuses bad input with the reason and the fix", async () => {
    const run = workspace(TOPICS_YAML);
    expect(await run(["feeds", "add", "ftp://news.example/feed"])).toMatchObject({ code: 2, err: expect.stringContaining("only http(s)") });
    expect(await run(["feeds", "add", server.feedUrl, "--topic", "weather"])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown topic "weather"; expected one of: ferries'),
    });
    expect(await run(["feeds", "add", server.feedUrl, "--every", "10s"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("30m, 2h or 1d"),
    });
    expect(await run(["feeds", "remove", "nope"])).toMatchObject({ code: 1, err: expect.stringContaining('No followed source "nope"') });
    expect(await run(["feeds", "frobnicate"])).toMatchObject({ code: 2, err: expect.stringContaining("usage: brief feeds") });
    await run(["feeds", "add", server.feedUrl]);
    expect(await run(["feeds", "add", server.feedUrl])).toMatchObject({ code: 1, err: expect.stringContaining("is already followed as") });
  });

  it("refuses a loopback feed unless BRIEF_ALLOW_PRIVATE_HOSTS=true", async () => {
    const run = workspace(TOPICS_YAML, false);
    const result = await run(["feeds", "add", server.feedUrl]);
    expect(result.code).toBe(1);
    expect(result.err).toContain("loopback address; set BRIEF_ALLOW_PRIVATE_HOSTS=true");
  });

  it("follows the config file's sources, shows a failing one with its error, and leaves their removal to the file", async () => {
    const config = `${TOPICS_YAML}sources:
  - id: quay
    url: ${server.feedUrl}
    every: 1h
    topics: [ferries]
    backfill: 1
  - id: gone
    url: ${server.base}/missing.xml
`;
    const run = workspace(config);
    const polled = await run(["feeds", "poll"]);
    expect(polled.code).toBe(1);
    expect(polled.out).toContain("quay: 1 new (1 of them backlog, not announced), 0 replaced, 1 older items skipped");
    expect(polled.err).toContain("gone: failed: HTTP 404 Not Found");
    const listing = (await run(["feeds", "list"])).out;
    expect(listing).toContain("quay  ");
    expect(listing).toMatch(/failing \(1 in a row\): HTTP 404 Not Found; next try \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect((await run(["feeds", "remove", "quay"])).err).toContain("remove it there");
  });

  it.each([
    [
      "an unknown topic",
      "sources:\n  - id: a\n    url: https://news.example/feed.xml\n    topics: [weather]\n",
      'source "a": unknown topic "weather"',
    ],
    [
      "a bad interval",
      "sources:\n  - id: a\n    url: https://news.example/feed.xml\n    every: often\n",
      'expected an interval like 30m, 2h or 1d, not "often"',
    ],
    ["a non-http URL", "sources:\n  - id: a\n    url: file:///etc/passwd\n", "expected the http(s) URL of a feed or page"],
    [
      "a duplicate id",
      "sources:\n  - id: a\n    url: https://news.example/a.xml\n  - id: a\n    url: https://news.example/b.xml\n",
      'duplicate source id "a"',
    ],
  ])("refuses a config with %s, naming it", async (_what, sources, message) => {
    const result = await workspace(`${TOPICS_YAML}${sources}`)(["feeds", "list"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(message);
  });
});
