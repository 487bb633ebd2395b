import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_FETCH_LIMITS, type HttpFetch } from "../../src/ingest/web/fetch-page.ts";
import { guardedFetch } from "../../src/ingest/web/guarded-fetch.ts";
import { type PollerDeps, pollSource } from "../../src/sources/poll-source.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { type FeedServer, harbourItem, startFeedServer } from "../support/feed-server.ts";
import { followQuay, pollerDeps, type TestTime } from "../support/poll-world.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const MINUTE = 60_000;

let server: FeedServer;
let clock: number;
const time: TestTime = {
  now: () => clock,
  advance: (ms) => {
    clock += ms;
  },
};
let path: string;
let store: FactStore;

beforeEach(async () => {
  server = await startFeedServer();
  clock = Date.parse("2026-01-05T06:00:00.000Z");
  path = join(makeTempDir("brief-poll-"), "brief.db");
  store = openStore();
});
afterEach(async () => {
  store.close();
  await server.close();
});

function openStore(): FactStore {
  return createSqliteStore({ path, now: () => new Date(clock).toISOString() });
}

function deps(fetchImpl: HttpFetch = fetch, allowPrivate = true): PollerDeps {
  return pollerDeps(store, time, fetchImpl, { allowPrivate });
}

function follow(url = server.feedUrl, backfill = 20): void {
  followQuay(store, time, url, backfill);
}

const poll = async (extra?: PollerDeps) => pollSource(store.sources.getSource("quay") ?? expect.unreachable(), extra ?? deps());

/** What a digest covering (after, now] would announce on the test topic. */
function announced(afterMs: number): string[] {
  return store
    .topicArticlesIngested("ferries", { after: new Date(afterMs).toISOString(), upTo: new Date(clock).toISOString() }, 50)
    .map((row) => row.title)
    .sort();
}

describe("polling a followed feed", () => {
  it("stores the newest `backfill` items of a new source, announces none of them, and remembers the rest as seen", async () => {
    for (let n = 25; n >= 1; n--) server.items.push(harbourItem(n));
    const followedAt = clock;
    follow();
    clock += MINUTE;
    const report = await poll();
    expect(report).toMatchObject({ status: "ok", stored: 20, backfilled: 20, skipped: 5, duplicates: 0, itemFailures: [] });
    expect(store.articleCount()).toBe(20);
    expect(store.sources.seenCount("quay")).toBe(25);
    expect(announced(followedAt - MINUTE)).toEqual([]);
    expect(server.hits("/news/story-1")).toBe(0);
  });

  it("costs one 304 when nothing changed, and stores and announces exactly the new item once", async () => {
    server.items.push(harbourItem(2), harbourItem(1));
    follow();
    await poll();
    const afterBackfill = clock;
    clock += 30 * MINUTE;
    const pages = server.pageHits();
    expect(await poll()).toMatchObject({ status: "not-modified", stored: 0, bytes: 0 });
    expect(server.pageHits()).toBe(pages);

    clock += 30 * MINUTE;
    server.items.unshift(harbourItem(3));
    expect(await poll()).toMatchObject({ status: "ok", stored: 1, backfilled: 0 });
    expect(announced(afterBackfill)).toEqual(["Harbour ferry timetable change number 3"]);
    const afterFirstDigest = clock;
    clock += 30 * MINUTE;
    server.items.pop(); // an item removed from the feed is simply no longer there: nothing happens
    expect(await poll()).toMatchObject({ status: "ok", stored: 0, replaced: 0, duplicates: 0 });
    expect(announced(afterFirstDigest)).toEqual([]);
    expect(store.articleCount()).toBe(3);
  });

  it("replaces an item whose text changed without announcing it again, and ignores the same item under a new GUID", async () => {
    server.items.push(harbourItem(1));
    follow();
    await poll();
    clock += 30 * MINUTE;
    server.items.unshift(harbourItem(2));
    await poll();
    const afterDigest = clock;
    clock += 30 * MINUTE;
    const first = server.items[0] ?? expect.unreachable();
    first.text = `${first.text} A second crossing was added at noon, the harbour board said on Tuesday.`;
    expect(await poll()).toMatchObject({ status: "ok", stored: 0, replaced: 1 });
    expect(store.articleCount()).toBe(2);
    expect(store.searchSentences({ terms: ["noon"], mode: "all" }, 5)).toHaveLength(1);
    expect(announced(afterDigest)).toEqual([]);

    clock += 30 * MINUTE;
    first.guid = "urn:test:regenerated-id";
    expect(await poll()).toMatchObject({ status: "ok", stored: 0, replaced: 0, duplicates: 1 });
    expect(store.articleCount()).toBe(2);
  });

  it("backs off after failures (500, a huge response), stays listed as failing with the reason, and recovers", async () => {
    server.items.push(harbourItem(1));
    follow();
    await poll();
    server.setMode("error-500");
    clock += 30 * MINUTE;
    expect(await poll()).toMatchObject({ status: "failed", error: "HTTP 500 Internal Server Error" });
    let source = store.sources.getSource("quay");
    expect(source).toMatchObject({ failures: 1, lastError: "HTTP 500 Internal Server Error" });
    expect(Date.parse(source?.nextTry ?? "") - clock).toBe(60 * MINUTE);
    server.setMode("huge");
    clock += 60 * MINUTE;
    expect((await poll()).error).toMatch(/^too large/);
    source = store.sources.getSource("quay");
    expect(source?.failures).toBe(2);
    expect(Date.parse(source?.nextTry ?? "") - clock).toBe(120 * MINUTE);
    expect(store.sources.dueSources(new Date(clock + 119 * MINUTE).toISOString())).toEqual([]);
    server.setMode("feed");
    server.items.unshift(harbourItem(2));
    clock += 120 * MINUTE;
    expect(await poll()).toMatchObject({ status: "ok", stored: 1 });
    expect(store.sources.getSource("quay")).toMatchObject({ failures: 0, lastError: null });
  });

  it("gives up on a server that never finishes its answer within the time limit, and backs off", async () => {
    server.setMode("slow");
    follow();
    const report = await poll({ ...deps(), limits: { ...DEFAULT_FETCH_LIMITS, timeoutMs: 1000 } });
    expect(report).toMatchObject({ status: "failed", error: "timed out after 1 s" });
    expect(store.sources.getSource("quay")).toMatchObject({ failures: 1, lastError: "timed out after 1 s" });
  });

  it("records malformed XML as a failure without storing anything", async () => {
    server.setMode("malformed");
    follow();
    const report = await poll();
    expect(report).toMatchObject({ status: "failed", stored: 0 });
    expect(report.error).toContain("not well-formed XML");
    expect(store.articleCount()).toBe(0);
    expect(store.sources.getSource("quay")).toMatchObject({ failures: 1, lastError: report.error });
  });

  it("follows a feed that moved (301) and refuses a redirect into a metadata address", async () => {
    server.items.push(harbourItem(1));
    server.setMode("moved");
    follow();
    expect(await poll()).toMatchObject({ status: "ok", stored: 1 });

    // why: "feeds.test" stands for a public host; the network edge sends it to the local server
    const resolve = async (host: string) => (host === "feeds.test" ? ["93.184.216.34"] : []);
    const toLocal: HttpFetch = (url, init) => fetch(url.replace("http://feeds.test", server.base), init);
    const guarded = { ...deps(), fetch: guardedFetch(toLocal, { allowPrivate: false, resolve }) };
    store.sources.removeSource("quay");
    follow("http://feeds.test/feed.xml");
    server.setMode("redirect-private");
    const report = await poll(guarded);
    expect(report.status).toBe("failed");
    expect(report.error).toContain("169.254.169.254 is a link-local or metadata address");
  });

  it("loses nothing and stores nothing twice when the bot stops in the middle of a first poll", async () => {
    for (let n = 8; n >= 1; n--) server.items.push(harbourItem(n));
    follow(server.feedUrl, 5);
    let pages = 0;
    // why: the third article page never answers: the process "dies" there, with two articles stored
    const dying: HttpFetch = (url, init) => (url.includes("/news/") && ++pages === 3 ? new Promise<Response>(() => {}) : fetch(url, init));
    void poll(deps(dying));
    await waitFor(() => store.articleCount() === 2);
    store.close();
    store = openStore();
    clock += MINUTE;
    const report = await poll();
    expect(report).toMatchObject({ status: "ok", skipped: 3 });
    expect(store.articleCount()).toBe(5);
    expect(store.sources.seenCount("quay")).toBe(8);
    expect(announced(clock - 10 * MINUTE)).toEqual([]);
  });
});

/** Waits (by polling, on real time) for the store to reach a state a background poll is working towards. */
async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(done()).toBe(true);
}
