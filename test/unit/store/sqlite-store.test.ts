import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";

const opened: FactStore[] = [];
function memoryStore(): FactStore {
  const store = createSqliteStore({ path: ":memory:" });
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe("SQLite fact store: articles", () => {
  it("stores an article once and reports the same content again as unchanged", () => {
    const store = memoryStore();
    const facts = makeFacts("a1", { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: "Numbers can weave patterns" }] });
    expect(store.putArticle(toStore(facts)).status).toBe("new");
    const before = store.counts();
    expect(store.putArticle(toStore(facts))).toEqual({ status: "unchanged", articleId: "a1" });
    expect(store.counts()).toEqual(before);
  });

  it("replaces the old version's facts when the same URL comes back with different text", () => {
    const store = memoryStore();
    store.putArticle(toStore(makeFacts("a1", { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: "first wording" }] })));
    const result = store.putArticle(
      toStore(makeFacts("a1", { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: "second wording" }] }), "v2"),
    );
    expect(result.status).toBe("replaced");
    expect(store.counts().articles).toBe(1);
    expect(store.searchQuotes({ terms: ["first"], mode: "all" }, 10)).toHaveLength(0);
    expect(store.searchQuotes({ terms: ["second"], mode: "all" }, 10).map((row) => row.text)).toEqual(["second wording"]);
    expect(store.searchSentences({ terms: ["first"], mode: "all" }, 10)).toHaveLength(0);
    expect(store.searchSentences({ terms: ["second"], mode: "all" }, 10).map((row) => row.sentence)).toEqual([
      expect.stringContaining("second wording"),
    ]);
  });

  it("keeps two articles apart when they share only an outlet's home-page URL", () => {
    const store = memoryStore();
    store.putArticle(toStore(makeFacts("x1", { url: "https://outlet.example/" })));
    const second = store.putArticle(toStore(makeFacts("x2", { url: "https://outlet.example/" })));
    expect(second.status).toBe("new");
    expect(store.articleCount()).toBe(2);
  });

  it("leaves nothing behind when an article fails half-way through its transaction", () => {
    const store = memoryStore();
    const broken = makeFacts("b1", { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: "ok" }] });
    // the event is written after the article, its sentences, entities and quotes: a NOT NULL failure there
    const bad = { ...toStore(broken), facts: { ...broken, events: [{ ...broken.events[0], summary: null } as never] } };
    expect(() => store.putArticle(bad)).toThrow();
    expect(store.counts()).toMatchObject({ articles: 0, quotes: 0, sentences: 0, entities: 0 });
  });
});

describe("SQLite fact store: entities", () => {
  it("merges a surname-only mention into the one full name with that surname, across articles", () => {
    const store = memoryStore();
    store.putArticle(toStore(makeFacts("a1", { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: "one" }] })));
    store.putArticle(toStore(makeFacts("a2", { people: ["Lovelace"], quotes: [{ speaker: "Lovelace", text: "two" }] })));
    expect(
      store
        .quotesBySpeaker("person:a.l_v_l_c_", 10)
        .map((row) => row.text)
        .sort(),
    ).toEqual(["one", "two"]);
    expect(store.entityById("person:l_v_l_c_")).toBeNull();
  });

  it("absorbs an earlier surname-only entity when its full name arrives later", () => {
    const store = memoryStore();
    store.putArticle(toStore(makeFacts("a1", { people: ["Lovelace"], quotes: [{ speaker: "Lovelace", text: "early" }] })));
    store.putArticle(toStore(makeFacts("a2", { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: "late" }] })));
    expect(store.quotesBySpeaker("person:a.l_v_l_c_", 10)).toHaveLength(2);
    expect(store.entityAliases("person:a.l_v_l_c_").map((row) => row.alias)).toEqual(expect.arrayContaining(["Lovelace", "Ada Lovelace"]));
  });

  it("keeps two people with the same surname and different first names apart, and a bare surname unmerged", () => {
    const store = memoryStore();
    store.putArticle(toStore(makeFacts("a1", { people: ["Ada Lovelace", "Byron Lovelace"] })));
    store.putArticle(toStore(makeFacts("a2", { people: ["Lovelace"], quotes: [{ speaker: "Lovelace", text: "who?" }] })));
    expect(store.entityById("person:a.l_v_l_c_")).not.toBeNull();
    expect(store.entityById("person:b.l_v_l_c_")).not.toBeNull();
    expect(store.quotesBySpeaker("person:l_v_l_c_", 10)).toHaveLength(1);
  });

  it("keeps every role with the article it came from", () => {
    const store = memoryStore();
    store.putArticle(toStore(makeFacts("a1", { people: ["Ada Lovelace"] })));
    store.putArticle(toStore(makeFacts("a2", { people: ["Ada Lovelace"] })));
    const roles = store.entityRoles(["person:a.l_v_l_c_"]);
    expect(roles.map((row) => [row.role, row.article_id])).toEqual([
      ["role of Ada Lovelace in a1", "a1"],
      ["role of Ada Lovelace in a2", "a2"],
    ]);
    expect(roles[0]?.sentence).toBe("Ada Lovelace spoke.");
  });
});

describe("SQLite fact store: topics and files", () => {
  it("re-tags without touching facts", () => {
    const store = memoryStore();
    store.putArticle(toStore(makeFacts("a1")));
    expect(store.topicStats().map((row) => row.slug)).toEqual(["demo"]);
    const tagged = store.retag(() => ({ article: [{ slug: "other", score: 3 }], sentences: [] }));
    expect(tagged).toBe(1);
    expect(store.topicStats().map((row) => row.slug)).toEqual(["other"]);
    expect(store.counts().events).toBe(1);
  });

  it("persists to a file in WAL mode and reads it back after reopening", () => {
    const path = join(mkdtempSync(join(tmpdir(), "brief-store-")), "nested", "brief.db");
    const first = createSqliteStore({ path });
    first.putArticle(toStore(makeFacts("a1", { people: ["Ada Lovelace"] })));
    first.close();
    const second = createSqliteStore({ path });
    opened.push(second);
    expect(second.counts().articles).toBe(1);
    expect(second.entityById("person:a.l_v_l_c_")?.name).toBe("Ada Lovelace");
  });
});
