/**
 * The contract of the followed-sources port (SourceLedger): what any store must do to implement it.
 * sqlite-ports.test.ts runs it against SQLite; a second store (issue #20) runs the same function against itself.
 */
import { describe, expect, it } from "vitest";
import type { NewSource, SeenItem, SourceLedger } from "../../src/store/ports/followed-sources.ts";

const SOURCE: NewSource = {
  id: "harbour",
  url: "https://news.example/feed.xml",
  topics: ["ferries"],
  intervalMinutes: 30,
  backfill: 20,
  origin: "cli",
  scope: null,
  followedAt: "2026-01-01T00:00:00.000Z",
  nextTry: "2026-01-01T00:00:00.000Z",
};
const EMPTY_STATE = { etag: null, lastModified: null, lastSuccess: null, lastFailure: null, failures: 0, lastError: null };
const ITEM: SeenItem = {
  sourceId: "harbour",
  guid: "g1",
  url: "https://news.example/a",
  itemHash: "h1",
  articleId: null,
  firstSeen: "2026-01-01T00:00:00.000Z",
  announce: true,
  attempts: 0,
  error: null,
};

export function sourceLedgerContract(name: string, open: () => { port: SourceLedger; close(): void }): void {
  const using = (body: (ledger: SourceLedger) => void) => {
    const { port, close } = open();
    try {
      body(port);
    } finally {
      close();
    }
  };

  describe(`${name}: SourceLedger`, () => {
    it("follows a source once per id, with empty polling state, listed by id and by the channel that followed it", () =>
      using((ledger) => {
        expect(ledger.addSource(SOURCE)).toBe(true);
        expect(ledger.addSource({ ...SOURCE, url: "https://other.example/" })).toBe(false);
        expect(ledger.addSource({ ...SOURCE, id: "bay", origin: "chat", scope: "slack:C1" })).toBe(true);
        expect(ledger.getSource("harbour")).toEqual({ ...SOURCE, ...EMPTY_STATE });
        expect(ledger.getSource("nope")).toBeNull();
        expect(ledger.listSources().map((source) => source.id)).toEqual(["bay", "harbour"]);
        expect(ledger.listSources("slack:C1").map((source) => source.id)).toEqual(["bay"]);
      }));

    it("lists the sources due at a time, soonest first, and records each poll's outcome in one step", () =>
      using((ledger) => {
        ledger.addSource({ ...SOURCE, id: "late", nextTry: "2026-01-01T02:00:00.000Z" });
        ledger.addSource({ ...SOURCE, id: "early", nextTry: "2026-01-01T01:00:00.000Z" });
        ledger.addSource({ ...SOURCE, id: "later", nextTry: "2026-01-01T09:00:00.000Z" });
        expect(ledger.dueSources("2026-01-01T02:00:00.000Z").map((source) => source.id)).toEqual(["early", "late"]);
        const failed = { ok: false, at: "2026-01-01T01:00:05.000Z", nextTry: "2026-01-01T01:10:00.000Z", error: "HTTP 503" } as const;
        ledger.recordPoll("early", failed);
        ledger.recordPoll("early", { ...failed, nextTry: "2026-01-01T01:30:00.000Z" });
        expect(ledger.getSource("early")).toMatchObject({
          failures: 2,
          lastFailure: failed.at,
          lastError: "HTTP 503",
          nextTry: "2026-01-01T01:30:00.000Z",
        });
        ledger.recordPoll("early", {
          ok: true,
          at: "2026-01-01T01:31:00.000Z",
          nextTry: "2026-01-01T02:01:00.000Z",
          etag: '"v2"',
          lastModified: null,
        });
        expect(ledger.getSource("early")).toMatchObject({
          failures: 0,
          lastError: null,
          lastSuccess: "2026-01-01T01:31:00.000Z",
          etag: '"v2"',
        });
      }));

    it("changes, moves, restores and removes a source, keeping its polling state where it should", () =>
      using((ledger) => {
        ledger.addSource(SOURCE);
        ledger.recordPoll("harbour", { ok: false, at: "a", nextTry: "b", error: "e" });
        ledger.updateSource({ id: "harbour", url: SOURCE.url, topics: ["ports"], intervalMinutes: 60, backfill: 5 });
        ledger.moveSource("harbour", "https://news.example/new.xml");
        expect(ledger.getSource("harbour")).toMatchObject({
          url: "https://news.example/new.xml",
          topics: ["ports"],
          intervalMinutes: 60,
          failures: 1,
        });
        const restored = { ...SOURCE, ...EMPTY_STATE, id: "copy", failures: 3, etag: '"x"' };
        ledger.restoreSource(restored);
        ledger.restoreSource(restored);
        expect(ledger.getSource("copy")).toEqual(restored);
        expect(ledger.removeSource("harbour")).toBe(true);
        expect(ledger.removeSource("harbour")).toBe(false);
        expect(ledger.listSources().map((source) => source.id)).toEqual(["copy"]);
      }));

    it("remembers feed items by GUID, finds one met under another GUID by URL or hash, and counts them", () =>
      using((ledger) => {
        ledger.addSource(SOURCE);
        ledger.addSource({ ...SOURCE, id: "other" });
        ledger.putSeen(ITEM);
        ledger.putSeen({ ...ITEM, articleId: "a1", attempts: 1 });
        ledger.putSeen({ ...ITEM, sourceId: "other", guid: "g9" });
        expect(ledger.seenByGuid("harbour", "g1")).toEqual({ ...ITEM, articleId: "a1", attempts: 1 });
        expect(ledger.seenByGuid("harbour", "g2")).toBeNull();
        expect(ledger.seenAlike("harbour", ITEM.url, "other-hash")?.guid).toBe("g1");
        expect(ledger.seenAlike("harbour", "https://news.example/b", "h1")?.guid).toBe("g1");
        expect(ledger.seenAlike("harbour", "https://news.example/b", "h2")).toBeNull();
        expect([ledger.seenCount("harbour"), ledger.seenCount()]).toEqual([1, 2]);
      }));
  });
}
