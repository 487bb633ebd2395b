import { afterEach, describe, expect, it } from "vitest";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { createIngester } from "../../../src/ingest/ingest-article.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { resolveName } from "../../../src/query/name-resolver.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

// Invented articles. A misspelt name is matched against every alias the store holds, read once and kept.
const URL = "https://harbour.example/steward";
const about = (name: string) => `${name}, a union steward, said the stoppages would go on until the summer.`;

const stores: FactStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function ingest(store: FactStore, text: string): Promise<string> {
  const ingester = createIngester({ store, extract: extractArticle, clean: cleanArticleText, matcher: createTopicMatcher([]) });
  return (await ingester.ingest({ title: "Harbour stoppages", source: "Harbour Post", url: URL, published: "2025-03-04", text })).status;
}

async function storeWith(text: string): Promise<FactStore> {
  const store = createSqliteStore({ path: ":memory:" });
  stores.push(store);
  await ingest(store, text);
  return store;
}

const names = (store: FactStore, typed: string) => resolveName(store, typed).entities.map((entity) => entity.name);

describe("resolveName's kept alias keys", () => {
  it("are read afresh when an article is replaced under its URL (same article count)", async () => {
    const store = await storeWith(about("Maren Holt"));
    expect(names(store, "Maren Hoft")).toEqual(["Maren Holt"]);
    expect(names(store, "Tobias Wrem")).toEqual([]);
    const count = store.articleCount();
    expect(await ingest(store, about("Tobias Wren"))).toBe("replaced");
    expect(store.articleCount()).toBe(count);
    expect(names(store, "Tobias Wrem")).toEqual(["Tobias Wren"]);
  });

  it("are not shared by two :memory: stores", async () => {
    const first = await storeWith(about("Maren Holt"));
    const second = await storeWith(about("Tobias Wren"));
    expect(names(first, "Maren Hoft")).toEqual(["Maren Holt"]);
    expect(names(second, "Maren Hoft")).toEqual([]);
    expect(names(second, "Tobias Wrem")).toEqual(["Tobias Wren"]);
    expect(names(first, "Tobias Wrem")).toEqual([]);
  });
});
