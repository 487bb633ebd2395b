import { readFileSync } from "node:fs";
import type {
  EntityProfile,
  OnDateResult,
  QueryEngine,
  SourcesList,
  TopicBrief,
  TopicsList,
  WhoSaidPerson,
  WhoSaidPhrase,
} from "../../../../src/query/types.ts";

/** Real query-engine answers on the two seed articles, saved as JSON (`brief … --json`). */
function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8")) as T;
}

export const FIXTURES = {
  brief: load<TopicBrief>("topic-brief"),
  whoPerson: load<WhoSaidPerson>("who-person"),
  whoPhrase: load<WhoSaidPhrase>("who-phrase"),
  onDate: load<OnDateResult>("on-date"),
  entity: load<EntityProfile>("entity"),
  topics: load<TopicsList>("topics"),
  sources: load<SourcesList>("sources"),
} as const;

/** A query engine that answers from the fixtures and records what it was asked. */
export function fixtureEngine(): QueryEngine & { asked: string[] } {
  const asked: string[] = [];
  const notFound = (what: "topic" | "person" | "date" | "entity", query: string, suggestions: string[] = []) => ({
    kind: "not-found" as const,
    what,
    query,
    message: `No ${what} '${query}'.`,
    suggestions,
  });
  return {
    asked,
    topicBrief: (slug) => {
      asked.push(`topicBrief ${slug}`);
      return slug === FIXTURES.brief.topic.slug ? FIXTURES.brief : notFound("topic", slug, [FIXTURES.brief.topic.slug]);
    },
    whoSaid: (text) => {
      asked.push(`whoSaid ${text}`);
      if (text.toLowerCase() === "kalin") return FIXTURES.whoPerson;
      if (text === "burns bridges") return FIXTURES.whoPhrase;
      return notFound("person", text, ["Kalin"]);
    },
    onDate: (expression) => {
      asked.push(`onDate ${expression}`);
      return expression === "March 2022" ? FIXTURES.onDate : notFound("date", expression);
    },
    entity: (name) => {
      asked.push(`entity ${name}`);
      return name === "Kalin" ? FIXTURES.entity : notFound("entity", name);
    },
    search: (text) => ({ kind: "search", query: text, hits: [] }),
    topics: () => {
      asked.push("topics");
      return FIXTURES.topics;
    },
    sources: () => {
      asked.push("sources");
      return FIXTURES.sources;
    },
  };
}
