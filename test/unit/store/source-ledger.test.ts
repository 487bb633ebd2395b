import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/main.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { captureIo } from "../../support/cli-io.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const source = {
  id: "harbour",
  url: "https://news.example/feed.xml",
  topics: ["ferries"],
  intervalMinutes: 30,
  backfill: 20,
  origin: "cli" as const,
  scope: null,
  followedAt: "2026-01-01T00:00:00.000Z",
  nextTry: "2026-01-01T00:00:00.000Z",
};
const item = {
  sourceId: "harbour",
  guid: "g1",
  url: "https://news.example/a",
  itemHash: "h1",
  articleId: "url-1",
  firstSeen: "2026-01-01T00:00:00.000Z",
  announce: false,
  attempts: 1,
  error: null,
};

describe("SQLite store: followed sources and seen items", () => {
  it("keeps a followed source and its polling state across a reopen of the file", () => {
    const path = join(makeTempDir("brief-ledger-"), "brief.db");
    const store = createSqliteStore({ path });
    expect(store.sources.addSource(source)).toBe(true);
    expect(store.sources.addSource(source)).toBe(false);
    expect(store.sources.dueSources("2026-01-01T00:00:00.000Z").map((due) => due.id)).toEqual(["harbour"]);
    store.sources.recordPoll("harbour", {
      ok: true,
      at: "2026-01-01T00:00:01.000Z",
      nextTry: "2026-01-01T00:30:00.000Z",
      etag: '"v1"',
      lastModified: null,
    });
    store.sources.recordPoll("harbour", {
      ok: false,
      at: "2026-01-01T00:30:01.000Z",
      nextTry: "2026-01-01T01:30:00.000Z",
      error: "HTTP 500",
    });
    store.close();
    const again = createSqliteStore({ path });
    const stored = again.sources.getSource("harbour");
    expect(stored).toMatchObject({
      etag: '"v1"',
      failures: 1,
      lastError: "HTTP 500",
      topics: ["ferries"],
      nextTry: "2026-01-01T01:30:00.000Z",
    });
    expect(again.sources.dueSources("2026-01-01T01:00:00.000Z")).toEqual([]);
    again.sources.recordPoll("harbour", {
      ok: true,
      at: "2026-01-01T01:30:01.000Z",
      nextTry: "2026-01-01T02:00:00.000Z",
      etag: null,
      lastModified: "x",
    });
    expect(again.sources.getSource("harbour")).toMatchObject({ failures: 0, lastError: null, lastModified: "x" });
    expect(again.sources.removeSource("harbour")).toBe(true);
    expect(again.sources.listSources()).toEqual([]);
    again.close();
  });

  it("finds a seen item by GUID, and by canonical URL or item hash under another GUID", () => {
    const store = createSqliteStore({ path: ":memory:" });
    store.sources.putSeen(item);
    expect(store.sources.seenByGuid("harbour", "g1")).toEqual(item);
    expect(store.sources.seenByGuid("harbour", "g2")).toBeNull();
    expect(store.sources.seenAlike("harbour", "https://news.example/a", "other")?.guid).toBe("g1");
    expect(store.sources.seenAlike("harbour", "https://news.example/b", "h1")?.guid).toBe("g1");
    expect(store.sources.seenAlike("other-source", "https://news.example/a", "h1")).toBeNull();
    store.sources.putSeen({ ...item, itemHash: "h2", announce: true });
    expect(store.sources.seenByGuid("harbour", "g1")).toMatchObject({ itemHash: "h2", announce: true, firstSeen: item.firstSeen });
    expect(store.sources.seenCount()).toBe(1);
    store.close();
  });

  it("reports a damaged source row as damage instead of passing it on", () => {
    const path = join(makeTempDir("brief-ledger-"), "brief.db");
    createSqliteStore({ path }).close();
    const raw = new BetterSqlite3(path);
    raw
      .prepare(
        "INSERT INTO followed_sources (id, url, topics, interval_minutes, backfill, origin, followed_at, next_try) VALUES ('x', 'u', 'not json', 30, 20, 'cli', 't', 't')",
      )
      .run();
    raw.close();
    const store = createSqliteStore({ path });
    expect(() => store.sources.listSources()).toThrow(/damaged|followed source/);
    store.close();
  });
});

describe("brief recover and followed sources", () => {
  it("copies followed sources with their state and seen items into the recovered store", async () => {
    const root = makeTempDir("brief-ledger-recover-");
    const store = createSqliteStore({ path: join(root, "data", "brief.db") });
    store.sources.addSource(source);
    store.sources.recordPoll("harbour", {
      ok: false,
      at: "2026-01-01T00:30:01.000Z",
      nextTry: "2026-01-01T01:30:00.000Z",
      error: "HTTP 500",
    });
    store.sources.putSeen(item);
    store.close();
    const io = captureIo("");
    const code = await main(["recover", "--to", join(root, "out")], { env: { LOG_LEVEL: "silent", DATA_DIR: join(root, "data") }, io });
    expect(code, io.err()).toBe(0);
    expect(io.out()).toContain("and 1 followed sources with 1 seen feed items");
    const recovered = createSqliteStore({ path: join(root, "out", "brief.db") });
    expect(recovered.sources.getSource("harbour")).toMatchObject({ failures: 1, lastError: "HTTP 500", topics: ["ferries"] });
    expect(recovered.sources.seenByGuid("harbour", "g1")).toEqual(item);
    recovered.close();
  });
});
