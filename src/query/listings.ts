import type { Topic } from "../../config/file-schema.ts";
import type { ArticleSummary } from "../store/fact-types.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import type { SourceItem, SourcesList, TopicsList } from "./types.ts";

/** How many articles `sources` lists (newest first); `total` says how many there are. */
export const SOURCES_LIMIT = 100;

export function sourceItem(row: ArticleSummary): SourceItem {
  return {
    articleId: row.id,
    title: row.title,
    source: row.source,
    url: row.url,
    published: row.published,
    quoteCount: row.quoteCount,
    eventCount: row.eventCount,
    topics: row.topics,
  };
}

/** The configured topics with what the store holds for each (a topic with no articles yet still shows). */
export function listTopics(store: FactReader, topics: readonly Topic[]): TopicsList {
  const stats = new Map(store.topicStats().map((row) => [row.slug, row]));
  return {
    kind: "topics",
    topics: topics.map((topic) => {
      const row = stats.get(topic.slug);
      return {
        slug: topic.slug,
        title: topic.title,
        description: topic.description,
        articleCount: row?.articles ?? 0,
        quoteCount: row?.quotes ?? 0,
        eventCount: row?.events ?? 0,
        latest: row?.latest ?? null,
      };
    }),
  };
}

export function listSources(store: FactReader): SourcesList {
  return { kind: "sources", total: store.articleCount(), sources: store.listArticles(SOURCES_LIMIT).map(sourceItem) };
}
