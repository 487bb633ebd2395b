import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ArticleInput } from "../../../src/domain/article.ts";
import type { ArticleFacts } from "../../../src/domain/facts.ts";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { createIngester, type Extract } from "../../../src/ingest/ingest-article.ts";
import { toArticleInput } from "../../../src/ingest/read-inputs.ts";
import { reextractAll } from "../../../src/ingest/reextract.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { textFromSentences } from "../../../src/store/article-text.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { ROOT } from "../../support/source-tree.ts";

const matcher = createTopicMatcher([
  { slug: "ports", title: "Ports", description: "Ports and shipping", keywords: ["port", "dock*"], minMatches: 1 },
]);
const opened: FactStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function fixture(name: string): ArticleInput {
  const file = join(ROOT, "test", "fixtures", "articles", `${name}.md`);
  return toArticleInput(file, readFileSync(file, "utf8"), {});
}

/** The extractor of an older release: it found no quotes. */
const olderExtractor: Extract = (input) => {
  const facts: ArticleFacts = extractArticle(input);
  return { ...facts, quotes: [] };
};

async function storeWith(extract: Extract, ...inputs: ArticleInput[]): Promise<FactStore> {
  const store = createSqliteStore({ path: ":memory:", now: () => "2024-06-14T08:00:00.000Z" });
  opened.push(store);
  const ingester = createIngester({ store, extract, clean: cleanArticleText, matcher });
  for (const input of inputs) await ingester.ingest(input);
  return store;
}

describe("brief reextract: facts read again from the stored text", () => {
  it("re-reads every article with the current extractor, keeping ids, hashes and ingest times", async () => {
    const input = fixture("wire-port-strike");
    const store = await storeWith(olderExtractor, input);
    const [id] = store.storedArticleIds();
    expect(store.counts().quotes).toBe(0);

    const summary = await reextractAll({ store, extract: extractArticle, clean: cleanArticleText, matcher });

    expect(summary).toMatchObject({ reextracted: 1, failures: [], before: { quotes: 0 } });
    expect(summary.after.quotes).toBeGreaterThan(0);
    expect(store.storedArticleIds()).toEqual([id]);
    const [quote] = store.searchQuotes({ terms: ["walk", "table"], mode: "all" }, 10);
    expect([quote?.speakerName, quote?.text]).toEqual(["Maria Jansen", "They chose to walk away from the table."]);
    const ingester = createIngester({ store, extract: extractArticle, clean: cleanArticleText, matcher });
    expect((await ingester.ingest(input)).status).toBe("unchanged");
    const later = { after: "2024-06-14T09:00:00.000Z", upTo: "2030-01-01T00:00:00.000Z" };
    expect(store.topicArticlesIngested("ports", later, 10)).toEqual([]);
  });

  it("keeps an article's previous facts when the extractor fails on it, and goes on with the others", async () => {
    const store = await storeWith(extractArticle, fixture("wire-port-strike"), fixture("wire-senate-vote"));
    const before = store.counts();
    const failing: Extract = (input) => {
      if (input.title.includes("Port")) throw new Error("the extractor broke");
      return extractArticle(input);
    };
    const summary = await reextractAll({ store, extract: failing, clean: cleanArticleText, matcher });
    expect(summary.reextracted).toBe(1);
    expect(summary.failures).toEqual([{ name: expect.any(String), reason: "the extractor broke" }]);
    expect(store.counts()).toEqual(before);
  });
});

describe("article text rebuilt from sentences (stores from before the text was kept)", () => {
  it("puts each sentence at its offsets, with spaces inside a paragraph and blank lines between paragraphs", () => {
    const text = "One fact here. Another one.\n\nA new paragraph.";
    const sentences = [
      { start: 0, end: 14, text: "One fact here." },
      { start: 15, end: 27, text: "Another one." },
      { start: 29, end: 45, text: "A new paragraph." },
    ];
    expect(textFromSentences(sentences, text.length)).toBe(text);
  });
});
