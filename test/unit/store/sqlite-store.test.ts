import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { unpackText } from "../../../src/store/article-text.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import type { ArticleToStore } from "../../../src/store/ports/fact-writer.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

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
    // read once so the first version's text is cached: the new version reuses the same row number
    expect(store.searchSentences({ terms: ["first"], mode: "all" }, 10)).toHaveLength(1);
    const sentencesOfOne = store.counts().sentences;
    const result = store.putArticle(
      toStore(makeFacts("a1", { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: "second wording" }] }), "v2"),
    );
    expect(result.status).toBe("replaced");
    expect(store.counts()).toMatchObject({ articles: 1, sentences: sentencesOfOne });
    expect(store.searchQuotes({ terms: ["first"], mode: "all" }, 10)).toHaveLength(0);
    expect(store.searchQuotes({ terms: ["second"], mode: "all" }, 10).map((row) => row.text)).toEqual(["second wording"]);
    expect(store.searchSentences({ terms: ["first"], mode: "all" }, 10)).toHaveLength(0);
    expect(store.searchSentences({ terms: ["second"], mode: "all" }, 10).map((row) => row.sentence)).toEqual([
      expect.stringContaining("second wording"),
    ]);
  });

  it("finds quotes by words in any order, or only in the phrase's order", () => {
    const store = memoryStore();
    store.putArticle(
      toStore(
        makeFacts("p1", {
          people: ["Ada Lovelace"],
          quotes: [
            { speaker: "Ada Lovelace", text: "the engine weaves algebraic patterns" },
            { speaker: "Ada Lovelace", text: "patterns the engine weaves" },
          ],
        }),
      ),
    );
    const texts = (mode: "all" | "phrase") =>
      store
        .searchQuotes({ terms: ["engine", "weaves"], mode }, 10)
        .map((row) => row.text)
        .sort();
    expect(texts("all")).toEqual(["patterns the engine weaves", "the engine weaves algebraic patterns"]);
    expect(store.searchQuotes({ terms: ["weaves", "algebraic"], mode: "phrase" }, 10).map((row) => row.text)).toEqual([
      "the engine weaves algebraic patterns",
    ]);
    expect(store.searchQuotes({ terms: ["algebraic", "weaves"], mode: "phrase" }, 10)).toEqual([]);
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

describe("SQLite fact store: article text", () => {
  const text = '"Numbers can weave patterns," Ada Lovelace said on Monday.\n\nThe engine — 𝔄 design — was never finished.';
  const quoteText = "Numbers can weave patterns";
  const article = (): ArticleToStore => {
    const facts = makeFacts("t1", { people: ["Ada Lovelace"] });
    const first = text.indexOf("\n");
    const second = text.indexOf("The engine");
    return {
      ...toStore({
        ...facts,
        quotes: [
          {
            text: quoteText,
            kind: "direct",
            speaker: { name: "Ada Lovelace", entityId: "person:a.l_v_l_c_" },
            via: null,
            saidOn: null,
            sentence: text.slice(0, first),
            start: 1,
            end: 1 + quoteText.length,
          },
        ],
        events: [
          { ...facts.events[0], summary: "The engine — 𝔄 design", sentence: text.slice(second), start: second, end: text.length } as never,
        ],
      }),
      text,
      sentences: [
        { start: 0, end: first, text: text.slice(0, first) },
        { start: second, end: text.length, text: text.slice(second) },
      ],
    };
  };

  it("keeps the article text once, compressed, and cuts sentences, quotes and event summaries from it", () => {
    const path = join(makeTempDir("brief-store-"), "brief.db");
    const store = createSqliteStore({ path });
    opened.push(store);
    store.putArticle(article());
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      const stored = raw.prepare("SELECT text FROM sentences WHERE in_body = 1").all() as { text: string | null }[];
      expect(stored.map((row) => row.text)).toEqual([null, null]);
      const quote = raw.prepare("SELECT text FROM quotes").get() as { text: string | null };
      expect(quote.text).toBeNull();
      const body = raw.prepare("SELECT body FROM articles").pluck().get() as Buffer;
      expect(unpackText(body)).toBe(text);
    } finally {
      raw.close();
    }
    const [said] = store.quotesBySpeaker("person:a.l_v_l_c_", 10);
    expect(said?.text).toBe(quoteText);
    expect(said?.sentence).toBe(text.slice(0, text.indexOf("\n")));
    const [event] = store.searchEvents({ terms: ["engine"], mode: "all" }, 10);
    expect(event?.summary).toBe("The engine — 𝔄 design");
    expect(store.searchSentences({ terms: ["finished"], mode: "all" }, 10).map((row) => row.sentence)).toEqual([
      "The engine — 𝔄 design — was never finished.",
    ]);
  });

  it("re-tags from the stored text", () => {
    const store = memoryStore();
    store.putArticle(article());
    const seen: string[][] = [];
    store.retag((_article, sentences) => {
      seen.push([...sentences]);
      return { article: [], sentences: [] };
    });
    expect(seen).toEqual([[text.slice(0, text.indexOf("\n")), "The engine — 𝔄 design — was never finished."]]);
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
    expect(roles.map((row) => [row.role, row.articleId])).toEqual([
      ["role of Ada Lovelace in a1", "a1"],
      ["role of Ada Lovelace in a2", "a2"],
    ]);
    expect(roles[0]?.sentence).toBe("Ada Lovelace spoke.");
  });

  it("reads only the newest roles when given a limit, still oldest first", () => {
    const store = memoryStore();
    for (const [id, published] of [
      ["a1", "2024-01-01"],
      ["a3", "2024-03-01"],
      ["a2", "2024-02-01"],
    ] as const)
      store.putArticle(toStore(makeFacts(id, { people: ["Ada Lovelace"], published })));
    const roles = store.entityRoles(["person:a.l_v_l_c_"], 2);
    expect(roles.map((row) => row.articleId)).toEqual(["a2", "a3"]);
    expect(store.entityRoles(["person:a.l_v_l_c_"])).toHaveLength(3);
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
    const path = join(makeTempDir("brief-store-"), "nested", "brief.db");
    const first = createSqliteStore({ path });
    first.putArticle(toStore(makeFacts("a1", { people: ["Ada Lovelace"] })));
    first.close();
    const second = createSqliteStore({ path });
    opened.push(second);
    expect(second.counts().articles).toBe(1);
    expect(second.entityById("person:a.l_v_l_c_")?.name).toBe("Ada Lovelace");
  });
});
