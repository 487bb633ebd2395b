import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG_PATH, loadFileConfig } from "../../../config/load.ts";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { createIngester } from "../../../src/ingest/ingest-article.ts";
import { readArticleFile } from "../../../src/ingest/seeds.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { readsAsClause } from "../../../src/query/brief-timeline.ts";
import { createQueryEngine } from "../../../src/query/create-query-engine.ts";
import { compareFactDates } from "../../../src/query/items.ts";
import { similarity } from "../../../src/query/query-text.ts";
import { type TopicBrief, TopicBriefSchema } from "../../../src/query/types.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

// What "briefs pick what matters" promises, checked on every brief the seeds and the fixture stories give:
// the seed topics come from the default config; each fixture story gets a topic of the longer words of its title.
const FIXTURES = "test/fixtures/articles";
const seedTopics = loadFileConfig(DEFAULT_CONFIG_PATH).topics;
const fixtureFiles = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".md"))
  .sort();
const fixtureTopics = fixtureFiles.map((name) => {
  const title = readArticleFile(join(FIXTURES, name)).meta.title;
  const keywords = title
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 4);
  return { slug: name.replace(/\.md$/, ""), title, description: title, keywords, minMatches: 1 };
});
const topics = [...seedTopics, ...fixtureTopics];

let store: FactStore;
const briefs: TopicBrief[] = [];

beforeAll(async () => {
  store = createSqliteStore({ path: ":memory:" });
  const ingester = createIngester({ store, extract: extractArticle, clean: cleanArticleText, matcher: createTopicMatcher(topics) });
  const files = [
    ...readdirSync("seeds")
      .filter((name) => name.endsWith(".md"))
      .map((name) => join("seeds", name)),
    ...fixtureFiles.map((name) => join(FIXTURES, name)),
  ];
  for (const path of files) {
    const file = readArticleFile(path);
    await ingester.ingest({ ...file.meta, text: file.body });
  }
  const engine = createQueryEngine(store, topics);
  for (const topic of topics) {
    const result = engine.topicBrief(topic.slug);
    if (result.kind === "topic-brief") briefs.push(TopicBriefSchema.parse(result));
  }
});
afterAll(() => store.close());

describe("every brief on the seeds and fixture stories picks what matters", () => {
  it("reads a brief for each seed topic and most fixture stories", () => {
    expect(briefs.map((brief) => brief.topic.slug)).toEqual(expect.arrayContaining(seedTopics.map((topic) => topic.slug)));
    expect(briefs.filter((brief) => brief.quotes.length > 0).length).toBeGreaterThanOrEqual(8);
  });

  it("shows verbatim quotes only, at most two per person", () => {
    for (const brief of briefs) {
      expect(brief.quotes.filter((quote) => quote.kind === "indirect")).toEqual([]);
      const counts = new Map<string, number>();
      for (const quote of brief.quotes) {
        const key = quote.speaker.entityId ?? quote.speaker.description ?? "";
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      expect(Math.max(0, ...counts.values())).toBeLessThanOrEqual(2);
    }
  });

  it("keeps one copy of a fact: no quote repeats a bullet, no timeline line tells a key quote's sentence again", () => {
    for (const brief of briefs) {
      for (const quote of brief.quotes) for (const line of brief.summary) expect(similarity(quote.text, line.text)).toBeLessThan(0.45);
      for (const event of brief.timeline)
        for (const quote of brief.quotes)
          if (quote.citation.articleId === event.citation.articleId)
            expect(quote.citation.start >= event.citation.start && quote.citation.end <= event.citation.end).toBe(false);
    }
  });

  it("orders the timeline by date and shows clauses only", () => {
    for (const brief of briefs) {
      expect(brief.timeline).toEqual([...brief.timeline].sort((a, b) => compareFactDates(a.date, b.date)));
      for (const event of brief.timeline) {
        expect(readsAsClause(event.summary)).toBe(true);
        expect(event.summary).not.toMatch(/\s(?:that|the|to|of)$/);
      }
    }
  });
});
