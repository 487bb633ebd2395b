import { readFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { FactStore } from "../../../src/store/fact-store.ts";
import type { NewSource } from "../../../src/store/ports/followed-sources.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const thread = { platform: "console", channel: "c", threadId: "t" } as const;
const slot = { digestId: "d", target: "console", slot: "2024-01-01T07:00:00.000Z" };
const source: NewSource = {
  id: "s",
  url: "https://news.example/feed.xml",
  topics: [],
  intervalMinutes: 30,
  backfill: 5,
  origin: "cli",
  scope: null,
  followedAt: "2024-01-01T00:00:00Z",
  nextTry: "2024-01-01T00:00:00Z",
};
const state = { etag: null, lastModified: null, lastSuccess: null, lastFailure: null, failures: 0, lastError: null };
const seen = {
  sourceId: "s",
  guid: "g",
  url: "https://news.example/a",
  itemHash: "h",
  articleId: null,
  firstSeen: "2024-01-01T00:00:00Z",
  announce: true,
  attempts: 0,
  error: null,
};

/** Every write of every port: each must run behind the guard (sqlite-store.ts names them for `guard.port`). */
const WRITES: [string, (store: FactStore) => unknown][] = [
  ["putArticle", (store) => store.putArticle(toStore(makeFacts("late")))],
  ["rewriteArticle", (store) => store.rewriteArticle("a0", toStore(makeFacts("a0")))],
  ["retag", (store) => store.retag(() => ({ article: [], sentences: [] }))],
  ["putThread", (store) => store.putThread({ ...thread, topic: null, factIds: [], entities: [], createdAt: "x" })],
  ["appendTurn", (store) => store.appendTurn(thread, { author: "user", text: "?", entities: [], at: "x" })],
  [
    "putSubscription",
    (store) =>
      store.putSubscription({
        platform: "console",
        channel: "c",
        topic: "t",
        cron: "0 7 * * *",
        timezone: "UTC",
        createdBy: "u",
        createdAt: "x",
      }),
  ],
  ["removeSubscription", (store) => store.removeSubscription({ platform: "console", channel: "c", topic: "t" })],
  ["claimDelivery", (store) => store.claimDelivery({ ...slot, late: false })],
  ["finishDelivery", (store) => store.finishDelivery(slot, { messageId: "m" })],
  ["reclaimDelivery", (store) => store.reclaimDelivery(slot, "2024-01-01T00:00:00Z")],
  ["touchDelivery", (store) => store.touchDelivery(slot)],
  ["sources.addSource", (store) => store.sources.addSource(source)],
  ["sources.restoreSource", (store) => store.sources.restoreSource({ ...source, ...state })],
  ["sources.updateSource", (store) => store.sources.updateSource(source)],
  ["sources.moveSource", (store) => store.sources.moveSource("s", "https://news.example/moved.xml")],
  ["sources.removeSource", (store) => store.sources.removeSource("s")],
  ["sources.recordPoll", (store) => store.sources.recordPoll("s", { ok: false, at: "x", nextTry: "y", error: "e" })],
  ["sources.putSeen", (store) => store.sources.putSeen(seen)],
];

describe("SQLite fact store: every port behind the guard", () => {
  it.each(WRITES)("refuses %s once a read met damage, and leaves the file as it was", (_name, write) => {
    const path = join(makeTempDir("brief-guard-"), "brief.db");
    const healthy = createSqliteStore({ path });
    healthy.putArticle(toStore(makeFacts("a0")));
    healthy.close();
    const raw = new BetterSqlite3(path);
    raw.prepare("UPDATE articles SET body = x'00112233' WHERE id = 'a0'").run();
    raw.close();
    const before = readFileSync(path);
    const store = createSqliteStore({ path });
    expect(() => store.storedArticle("a0")).toThrow(/an article text that does not unpack/);
    expect(() => write(store)).toThrow(/is damaged/);
    // why: reads of every port still answer, so `brief recover` and status commands keep working
    expect(store.listSubscriptions()).toEqual([]);
    expect(store.sources.listSources()).toEqual([]);
    store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
