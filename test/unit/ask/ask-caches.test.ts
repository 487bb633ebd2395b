import { afterEach, describe, expect, it } from "vitest";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { createIngester } from "../../../src/ingest/ingest-article.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { askWork } from "../../../src/query/ask/ask.ts";
import { createAskCaches } from "../../../src/query/ask/ask-caches.ts";
import type { AskContext } from "../../../src/query/ask/types.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

// Invented articles: the same two people, their genders as the articles' own pronouns give them. A follow-up's
// "her" means the person of the newest turn the articles do not show to be a man (pronoun-gender.ts), so which
// person it resolves to shows which reading of the articles the cache held.
const URL = "https://harbour.example/holt-wren";
const text = (holt: "he" | "she", wren: "he" | "she") =>
  [
    `Maren Holt, the port director, said ${holt} would not resign over the delays.`,
    `Tobias Wren, a union steward, said ${wren} expected more stoppages before the summer.`,
  ].join("\n\n");

const stores: FactStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function storeWith(body: string): Promise<FactStore> {
  const store = createSqliteStore({ path: ":memory:" });
  stores.push(store);
  await ingest(store, body);
  return store;
}

async function ingest(store: FactStore, body: string): Promise<string> {
  const ingester = createIngester({ store, extract: extractArticle, clean: cleanArticleText, matcher: createTopicMatcher([]) });
  const result = await ingester.ingest({ title: "Harbour delays", source: "Harbour Post", url: URL, published: "2025-03-04", text: body });
  return result.status;
}

function personId(store: FactStore, surname: string): string {
  const id = store
    .aliasKeys()
    .map((row) => store.entityById(row.entityId))
    .find((row) => row?.type === "person" && row.name.endsWith(surname))?.id;
  if (!id) throw new Error(`no person ${surname} in the test store`);
  return id;
}

/** A thread whose newest turn named Wren, then Holt. */
function contextNamingBoth(store: FactStore): AskContext {
  const entities = [personId(store, "Wren"), personId(store, "Holt")];
  return { topic: null, factIds: [], entities: [], turns: [{ author: "bot", text: "…", entities }] };
}

describe("ask's caches belong to one store and are emptied by its writes", () => {
  it("two :memory: stores with different articles (same path, same article count) each answer from their own", async () => {
    const first = await storeWith(text("she", "he"));
    const second = await storeWith(text("he", "she"));
    expect(first.articleCount()).toBe(second.articleCount());
    const firstCaches = createAskCaches(first);
    const secondCaches = createAskCaches(second);
    const her = (store: FactStore, caches = createAskCaches(store)) =>
      askWork(store, "What is her job?", contextNamingBoth(store), caches).question?.names.map((name) => name.entity.id);
    for (let round = 0; round < 2; round += 1) {
      expect(her(first, firstCaches)).toEqual([personId(first, "Holt")]);
      expect(her(second, secondCaches)).toEqual([personId(second, "Wren")]);
      expect(her(first)).toEqual([personId(first, "Holt")]);
      expect(her(second)).toEqual([personId(second, "Wren")]);
    }
  });

  it("an article replaced under the same URL (same article count) is read afresh by the same caches", async () => {
    const store = await storeWith(text("she", "he"));
    const caches = createAskCaches(store);
    const her = () => askWork(store, "What is her job?", contextNamingBoth(store), caches).question?.names.map((name) => name.entity.id);
    expect(her()).toEqual([personId(store, "Holt")]);
    const count = store.articleCount();
    expect(await ingest(store, text("he", "she"))).toBe("replaced");
    expect(store.articleCount()).toBe(count);
    expect(her()).toEqual([personId(store, "Wren")]);
  });

  it("askWork changes neither the context it was given nor what it resolved from it", async () => {
    const store = await storeWith(text("she", "he"));
    const context = deepFreeze(contextNamingBoth(store));
    // why: frozen, any write into the context (or into objects shared with it) throws in strict-mode code.
    for (const question of ["What is her job?", "Who is she?", "Who is Maren Holt?", "When was that?"]) {
      const work = askWork(store, question, context, createAskCaches(store));
      expect(work.result).toEqual(askWork(store, question, structuredClone(contextNamingBoth(store))).result);
    }
    expect(context).toEqual(contextNamingBoth(store));
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
