import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { createIngester } from "../../../src/ingest/ingest-article.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { type AliasKeyCache, createAliasKeyCache } from "../../../src/query/alias-key-cache.ts";
import { createQueryEngine } from "../../../src/query/create-query-engine.ts";
import { resolveName } from "../../../src/query/name-resolver.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

// Invented articles. A misspelt name is matched against every alias the store holds, read once and kept by the
// cache its owner (a query engine, an asker) holds for that store.
const URL = "https://harbour.example/steward";
const about = (name: string) => `${name}, a union steward, said the stoppages would go on until the summer.`;

const stores: FactStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function ingest(store: FactStore, text: string, url = URL): Promise<string> {
  const ingester = createIngester({ store, extract: extractArticle, clean: cleanArticleText, matcher: createTopicMatcher([]) });
  return (await ingester.ingest({ title: "Harbour stoppages", source: "Harbour Post", url, published: "2025-03-04", text })).status;
}

async function storeWith(text: string): Promise<FactStore> {
  const store = createSqliteStore({ path: ":memory:" });
  stores.push(store);
  await ingest(store, text);
  return store;
}

const names = (store: FactStore, cache: AliasKeyCache, typed: string) =>
  resolveName(store, typed, cache).entities.map((entity) => entity.name);

describe("the alias-key cache resolveName's callers own", () => {
  it("reads the alias table once while the store's data stays the same", async () => {
    const store = await storeWith(about("Maren Holt"));
    const reads = vi.spyOn(store, "aliasKeys");
    const cache = createAliasKeyCache(store);
    expect(names(store, cache, "Maren Hoft")).toEqual(["Maren Holt"]);
    expect(names(store, cache, "Maren Holz")).toEqual(["Maren Holt"]);
    expect(names(store, cache, "Tobias Wrem")).toEqual([]);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it("is read afresh when an article is replaced under its URL (same article count)", async () => {
    const store = await storeWith(about("Maren Holt"));
    const cache = createAliasKeyCache(store);
    expect(names(store, cache, "Maren Hoft")).toEqual(["Maren Holt"]);
    expect(names(store, cache, "Tobias Wrem")).toEqual([]);
    const count = store.articleCount();
    expect(await ingest(store, about("Tobias Wren"))).toBe("replaced");
    expect(store.articleCount()).toBe(count);
    expect(names(store, cache, "Tobias Wrem")).toEqual(["Tobias Wren"]);
  });

  it("is one per store: two :memory: stores' caches never share keys", async () => {
    const first = await storeWith(about("Maren Holt"));
    const second = await storeWith(about("Tobias Wren"));
    const [firstCache, secondCache] = [createAliasKeyCache(first), createAliasKeyCache(second)];
    expect(names(first, firstCache, "Maren Hoft")).toEqual(["Maren Holt"]);
    expect(names(second, secondCache, "Maren Hoft")).toEqual([]);
    expect(names(second, secondCache, "Tobias Wrem")).toEqual(["Tobias Wren"]);
    expect(names(first, firstCache, "Tobias Wrem")).toEqual([]);
  });

  it("serves every query engine it is given: engines made afresh share the store's one read", async () => {
    const store = await storeWith(about("Maren Holt"));
    const reads = vi.spyOn(store, "aliasKeys");
    const cache = createAliasKeyCache(store);
    const personOf = (result: ReturnType<ReturnType<typeof createQueryEngine>["whoSaid"]>) =>
      result.kind === "who-said-person" ? result.person.name : null;
    expect(personOf(createQueryEngine(store, [], cache).whoSaid("Maren Hoft"))).toBe("Maren Holt");
    expect(personOf(createQueryEngine(store, [], cache).whoSaid("Maren Holz"))).toBe("Maren Holt");
    expect(reads).toHaveBeenCalledTimes(1);
    await ingest(store, about("Tobias Wren"), "https://harbour.example/second");
    expect(personOf(createQueryEngine(store, [], cache).whoSaid("Tobias Wrem"))).toBe("Tobias Wren");
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
