import { afterEach, describe, expect, it } from "vitest";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { createIngester } from "../../../src/ingest/ingest-article.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { readsAsClause } from "../../../src/query/brief-timeline.ts";
import { createQueryEngine } from "../../../src/query/create-query-engine.ts";
import { compareFactDates } from "../../../src/query/items.ts";
import { similarity } from "../../../src/query/query-text.ts";
import { type TopicBrief, TopicBriefSchema } from "../../../src/query/types.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

// An invented story: one central speaker quoted often, a minor speaker with a three-word partial, a
// paraphrase of analysts (reported speech that also reads as a summary sentence), a document named with its
// year, and a quotation whose attribution carries a date.
const STORY = {
  title: "Ferry talks resume",
  source: "Harbour Gazette",
  url: "https://example.org/ferry-talks",
  published: "2024-05-08",
  text: [
    "Harbour master Ana Velk said on Monday that the ferry talks between the two islands would resume next week.",
    '"We have waited long enough for the ferry, and the islanders deserve a timetable they can trust," Velk said.',
    "The islands still cite the 1998 Ferry Charter in every dispute over the ferry crossing.",
    '"Nobody wants the ferry crossing closed for another winter, least of all the families who use it every day," Velk told the Gazette.',
    'Councillor Piet Moor called the ferry plan "a good start" at a meeting on Tuesday.',
    "A small port with big neighbours, the island has kept its ferry running through every dispute, analysts say.",
    '"The ferry is the only road we have. The ferry timetable has been cut twice, the ferry fares have doubled and the ferry crew is half what it was. If it stops, the island stops," Velk added.',
    "The ferry company ran the crossing at a loss between March 2009 and May 2011.",
  ].join("\n\n"),
};
const TOPICS = [
  { slug: "ferry", title: "Island ferry", description: "The island ferry", keywords: ["ferry", "fares", "crew"], minMatches: 1 },
];

const opened: FactStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

async function brief(): Promise<TopicBrief> {
  const store = createSqliteStore({ path: ":memory:" });
  opened.push(store);
  await createIngester({ store, extract: extractArticle, clean: cleanArticleText, matcher: createTopicMatcher(TOPICS) }).ingest(STORY);
  return TopicBriefSchema.parse(createQueryEngine(store, TOPICS).topicBrief("ferry"));
}

describe("a topic brief picks what matters", () => {
  it("gives the most-quoted person a key quote, and no one more than two", async () => {
    const result = await brief();
    const top = result.people[0];
    expect(top?.name).toBe("Ana Velk");
    expect(result.quotes.filter((quote) => quote.speaker.entityId === top?.entityId).length).toBeGreaterThanOrEqual(1);
    const perSpeaker = new Map<string, number>();
    for (const quote of result.quotes)
      perSpeaker.set(String(quote.speaker.entityId), (perSpeaker.get(String(quote.speaker.entityId)) ?? 0) + 1);
    expect(Math.max(...perSpeaker.values())).toBeLessThanOrEqual(2);
  });

  it("shows no fragments and no reported speech among key quotes", async () => {
    const result = await brief();
    expect(result.quotes.map((quote) => quote.text)).not.toContain("a good start");
    expect(result.quotes.filter((quote) => quote.kind === "indirect")).toEqual([]);
  });

  it("keeps one copy of a fact: no key quote or timeline line repeats a summary bullet", async () => {
    const result = await brief();
    for (const quote of result.quotes) for (const line of result.summary) expect(similarity(quote.text, line.text)).toBeLessThan(0.45);
    for (const event of result.timeline)
      for (const line of result.summary)
        if (event.citation.sentence === line.citation.sentence) expect(similarity(event.summary, line.text)).toBeLessThan(0.45);
  });

  it("never shows a sentence from inside a quotation as a summary bullet", async () => {
    const result = await brief();
    expect(result.summary.map((line) => line.text).join("\n")).not.toMatch(/ferry fares have doubled/);
  });

  it("lists a timeline of clauses in date order, without a document's year or a piece of a quotation", async () => {
    const result = await brief();
    const lines = result.timeline.map((event) => event.summary);
    expect(lines.every(readsAsClause)).toBe(true);
    expect(lines.join("\n")).not.toMatch(/1998|islanders deserve/);
    const sorted = [...result.timeline].sort((a, b) => compareFactDates(a.date, b.date));
    expect(result.timeline).toEqual(sorted);
    expect(result.timeline.find((event) => event.date.edtf)?.date).toMatchObject({
      edtf: "2009-03/2011-05",
      start: "2009-03",
      end: "2011-05",
    });
  });
});

describe("a timeline line reads as a clause", () => {
  it.each([
    ["The 1936 Harbour Convention", false],
    ['"We will rebuild," the mayor said', false],
    ["In 2014", false],
    ["Crimson Bay, which the province sold in 2009", true],
    ["The port authority reopened the northern terminal", true],
  ])("%s → %s", (summary, expected) => {
    expect(readsAsClause(summary)).toBe(expected);
  });
});
