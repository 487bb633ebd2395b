import { beforeAll, describe, expect, it } from "vitest";
import { createQueryEngine } from "../../../src/query/create-query-engine.ts";
import * as Q from "../../../src/query/types.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { ingestSeedFixtures, TOPICS } from "../../fixtures/facts/seed-store.ts";

let engine: Q.QueryEngine;
beforeAll(async () => {
  const store = createSqliteStore({ path: ":memory:" });
  await ingestSeedFixtures(store);
  engine = createQueryEngine(store, TOPICS);
});

function person(result: Q.WhoSaidResult): Q.WhoSaidPerson {
  expect(result.kind).toBe("who-said-person");
  return Q.WhoSaidPersonSchema.parse(result);
}

describe("query engine on the seed facts (hand-made fixtures)", () => {
  it("finds a person by any alias, case, diacritics, variant spelling or a small typo", () => {
    expect(person(engine.whoSaid("Kalın")).person.name).toBe("Ibrahim Kalin");
    expect(person(engine.whoSaid("kalin")).person.name).toBe("Ibrahim Kalin");
    expect(person(engine.whoSaid("Kallin")).person.name).toBe("Ibrahim Kalin");
    expect(person(engine.whoSaid("erdogan")).person.entityId).toBe(person(engine.whoSaid("Erdoğan")).person.entityId);
    expect(person(engine.whoSaid("Zelenskyy")).person.entityId).toBe(person(engine.whoSaid("Zelensky")).person.entityId);
  });

  it("lists verbatim quotes before reported speech, newest first, each with its citation", () => {
    const quotes = person(engine.whoSaid("Kalin")).quotes;
    const kinds = quotes.map((quote) => (quote.kind === "indirect" ? "reported" : "verbatim"));
    expect(kinds.indexOf("reported")).toBeGreaterThan(kinds.lastIndexOf("verbatim"));
    expect(quotes.map((quote) => quote.citation.source)).toEqual(expect.arrayContaining(["Ahval", "NPR"]));
    expect(quotes[0]?.citation.source).toBe("NPR");
    for (const quote of quotes) expect(quote.citation.sentence.length).toBeGreaterThan(0);
  });

  it("answers who said a phrase, quoted or not, and tolerates small wording changes", () => {
    for (const phrase of ['"burns bridges"', "burns bridges", '"burn the bridges with Russia"']) {
      const result = engine.whoSaid(phrase);
      expect(result.kind).toBe("who-said-phrase");
      expect(Q.WhoSaidPhraseSchema.parse(result).matches[0]?.quote.speaker.name).toBe("Ibrahim Kalin");
    }
  });

  it("says so when nobody said it", () => {
    expect(engine.whoSaid('"purple elephants dance"').kind).toBe("not-found");
  });

  it("shows a day's events and quotes, with that month's month-only events marked 'sometime in'", () => {
    const day = Q.OnDateResultSchema.parse(engine.onDate("2022-03-24"));
    expect(day.quotes.map((quote) => quote.text)).toContain("almost a consensus");
    const nov12 = Q.OnDateResultSchema.parse(engine.onDate("12 November 2022"));
    expect(nov12.events.filter((event) => event.sometimeIn).map((event) => event.date.date)).toContain("2022-11");
  });

  it("shows a month's day events and its month-only events", () => {
    const month = Q.OnDateResultSchema.parse(engine.onDate("November 2022"));
    expect(month.events.map((event) => event.date.date)).toEqual(expect.arrayContaining(["2022-11", "2022-11-12", "2022-11-14"]));
    expect(month.events.every((event) => !event.sometimeIn)).toBe(true);
  });

  it("offers the nearest dates when nothing happened on a day, and explains a date it cannot read", () => {
    expect(engine.onDate("2022-03-25")).toMatchObject({ kind: "not-found", suggestions: ["2022-03-24", "2022-03-27"] });
    expect(engine.onDate("the day after tomorrow").kind).toBe("invalid-query");
  });

  it("builds a topic brief with summary, people, quotes, a precision-aware timeline and both sources", () => {
    const brief = Q.TopicBriefSchema.parse(engine.topicBrief("turkey-mediation"));
    expect(brief.summary.length).toBeGreaterThanOrEqual(3);
    expect(brief.summary.length).toBeLessThanOrEqual(5);
    expect(new Set(brief.summary.map((item) => item.citation.articleId)).size).toBe(2);
    expect(brief.people[0]?.name).toBe("Ibrahim Kalin");
    expect(brief.quotes.length).toBeGreaterThan(0);
    const dates = brief.timeline.map((event) => event.date.date);
    expect(dates).toContain("2014");
    expect(dates.indexOf("2014")).toBeLessThan(dates.indexOf("2022-02-21"));
    expect(brief.timeline.find((event) => event.date.date === "2014")?.alsoReportedIn).toHaveLength(1);
    expect(brief.sources.map((source) => source.source).sort()).toEqual(["Ahval", "NPR"]);
  });

  it("suggests the nearest topic for a misspelt slug", () => {
    expect(engine.topicBrief("turkey-mediaton")).toMatchObject({
      kind: "not-found",
      message: "No topic 'turkey-mediaton' — did you mean turkey-mediation?",
      suggestions: ["turkey-mediation"],
    });
  });

  it("profiles an entity with aliases, roles with sources, first and last seen, and topics", () => {
    const profile = Q.EntityProfileSchema.parse(engine.entity("Erdogan"));
    expect(profile.aliases.map((alias) => alias.name)).toEqual(expect.arrayContaining(["Erdoğan", "Erdogan"]));
    expect(profile.roles.map((role) => role.citation.source).sort()).toEqual(["Ahval", "NPR"]);
    expect([profile.firstSeen, profile.lastSeen]).toEqual(["2022-03-27", "2022-11-15"]);
    expect(profile.topics).toContain("turkey-mediation");
  });

  it("searches quotes, events and sentences together, best first", () => {
    const result = Q.SearchResultSchema.parse(engine.search("grain corridor"));
    expect(new Set(result.hits.map((hit) => hit.type))).toEqual(new Set(["quote", "event", "sentence"]));
    expect(engine.search("xylophone zeppelin").kind).toBe("not-found");
  });

  it("lists topics with counts and sources newest first", () => {
    const topics = Q.TopicsListSchema.parse(engine.topics());
    expect(topics.topics.find((topic) => topic.slug === "turkey-mediation")?.articleCount).toBe(2);
    const sources = Q.SourcesListSchema.parse(engine.sources());
    expect(sources.sources.map((source) => source.source)).toEqual(["NPR", "Ahval"]);
  });

  it("refuses a 10,000-character query with a clear message on every question", () => {
    const long = "x".repeat(10_000);
    for (const result of [engine.whoSaid(long), engine.onDate(long), engine.entity(long), engine.search(long), engine.topicBrief(long)]) {
      expect(result).toMatchObject({ kind: "invalid-query" });
      expect((result as Q.InvalidQuery).message).toContain("10000 characters");
    }
  });
});
