import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { HttpFetch } from "../../src/ingest/web/fetch-page.ts";
import type { Resolve } from "../../src/ingest/web/guarded-fetch.ts";
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
let store: FactStore;

beforeEach(async () => {
  server = await startFeedServer();
  clock = Date.parse("2026-01-05T06:00:00.000Z");
  store = createSqliteStore({ path: join(makeTempDir("brief-moved-"), "brief.db"), now: () => new Date(clock).toISOString() });
});
afterEach(async () => {
  store.close();
  await server.close();
});

function deps(fetchImpl: HttpFetch = fetch, guard: { allowPrivate: boolean; resolve?: Resolve } = { allowPrivate: true }): PollerDeps {
  return pollerDeps(store, time, fetchImpl, guard);
}

function follow(url = server.feedUrl): void {
  followQuay(store, time, url);
}

const storedUrl = () => store.sources.getSource("quay")?.url;
const poll = async (extra?: PollerDeps) => pollSource(store.sources.getSource("quay") ?? expect.unreachable(), extra ?? deps());

describe("a followed feed that moved", () => {
  it.each([301, 308] as const)(
    "a permanent redirect (%i) updates the stored URL; later polls go straight to the new one",
    async (status) => {
      server.items.push(harbourItem(1));
      server.setMode("moved");
      server.setMovedStatus(status);
      follow();
      const report = await poll();
      expect(report).toMatchObject({ status: "ok", stored: 1, movedTo: `${server.base}/new-home/feed.xml` });
      expect(storedUrl()).toBe(`${server.base}/new-home/feed.xml`);

      clock += 30 * MINUTE;
      server.items.unshift(harbourItem(2));
      const oldHits = server.hits("/feed.xml");
      const next = await poll();
      expect(next).toMatchObject({ status: "ok", stored: 1 });
      expect(next.movedTo).toBeUndefined();
      expect(server.hits("/feed.xml")).toBe(oldHits);
      expect(store.articleCount()).toBe(2);
    },
  );

  it.each([302, 307] as const)("a temporary redirect (%i) is followed but the stored URL stays", async (status) => {
    server.items.push(harbourItem(1));
    server.setMode("moved");
    server.setMovedStatus(status);
    follow();
    const report = await poll();
    expect(report).toMatchObject({ status: "ok", stored: 1 });
    expect(report.movedTo).toBeUndefined();
    expect(storedUrl()).toBe(server.feedUrl);
    clock += 30 * MINUTE;
    await poll();
    expect(server.hits("/feed.xml")).toBe(2);
  });

  it("a permanent redirect to a private address is refused by the guard and the stored URL stays", async () => {
    // why: "feeds.test" stands for a public host; the network edge sends it to the local server, whose 301
    // points at a 127.0.0.1 URL the guard must refuse before any request
    const resolve: Resolve = async (host) => (host === "feeds.test" ? ["93.184.216.34"] : []);
    const toLocal: HttpFetch = (url, init) => fetch(url.replace("http://feeds.test", server.base), init);
    server.items.push(harbourItem(1));
    server.setMode("moved");
    follow("http://feeds.test/feed.xml");
    // the server's Location is relative, so point it at the loopback address explicitly
    const absolute: HttpFetch = async (url, init) => {
      const response = await toLocal(url, init);
      if (response.status !== 301) return response;
      return new Response(null, { status: 301, headers: { location: `${server.base}/new-home/feed.xml` } });
    };
    const report = await poll(deps(absolute, { allowPrivate: false, resolve }));
    expect(report.status).toBe("failed");
    expect(report.error).toContain("127.0.0.1 is a loopback address");
    expect(storedUrl()).toBe("http://feeds.test/feed.xml");
    expect(server.hits("/new-home/feed.xml")).toBe(0);
  });
});
