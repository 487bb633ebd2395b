import type { Topic } from "../../config/file-schema.ts";
import type { EntityResult, OnDateQueryResult, QueryEngine, TopicBriefResult } from "../query/types.ts";

/** What `brief export TEXT` exports: the topic with that slug, else the date it names, else the person or organisation. */
export type ExportAnswer = TopicBriefResult | OnDateQueryResult | EntityResult;

/**
 * A configured topic wins (its slug is exact); then a date, when the text reads as one (a date with
 * nothing stored is "nothing on that date", not a search for a person named "March 2022"); then an entity.
 */
export function resolveExport(engine: QueryEngine, topics: readonly Topic[], text: string): ExportAnswer {
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (topics.some((topic) => topic.slug === slug)) return engine.topicBrief(slug);
  const onDate = engine.onDate(text);
  if (onDate.kind !== "invalid-query") return onDate;
  return engine.entity(text);
}
