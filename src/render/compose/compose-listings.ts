import { partialDateLabel } from "../../domain/date-label.ts";
import type { SourcesList, TopicsList } from "../../query/types.ts";
import type { Document } from "../document.ts";
import { COMPOSE_CAPS, take } from "./caps.ts";
import type { ComposeOptions } from "./compose-brief.ts";
import { plural } from "./dates.ts";
import { moreBlock } from "./parts.ts";

/** `/brief topics`: every configured topic with what the store holds for it. */
export function composeTopics(list: TopicsList): Document {
  if (list.topics.length === 0) {
    return {
      summary: "No topics configured",
      blocks: [
        { type: "paragraph", text: "No topics are configured yet." },
        { type: "hint", text: "Add topics to the config file (see config/default.yaml)." },
      ],
    };
  }
  const items = list.topics.map((topic) => {
    const counts = [plural(topic.articleCount, "article"), plural(topic.quoteCount, "quote"), plural(topic.eventCount, "event")].join(", ");
    const latest = topic.latest ? `, latest ${partialDateLabel(topic.latest)}` : "";
    return { text: `${topic.slug}: ${topic.title} (${counts}${latest})` };
  });
  return {
    summary: `${plural(list.topics.length, "topic")}: ${list.topics.map((topic) => topic.slug).join(", ")}`,
    blocks: [
      { type: "heading", text: "Topics" },
      { type: "bullets", items },
      { type: "hint", text: `/brief <topic> for a briefing, e.g. /brief ${list.topics[0]?.slug ?? "topic"}` },
    ],
  };
}

/** `/brief sources`: the articles Briefbot has read, newest first. */
export function composeSources(list: SourcesList, options: ComposeOptions = {}): Document {
  const shown = take(list.sources, COMPOSE_CAPS.sources, options.all ?? false);
  const left = shown.left + Math.max(0, list.total - list.sources.length);
  const sources = shown.shown.map((source, index) => ({
    n: index + 1,
    title: source.title,
    outlet: source.source,
    date: partialDateLabel(source.published),
    url: source.url,
  }));
  if (sources.length === 0) {
    return {
      summary: "No articles yet",
      blocks: [
        { type: "paragraph", text: "Briefbot has not read any article yet." },
        { type: "hint", text: "Feed it with `brief ingest FILE|URL|FEED`." },
      ],
    };
  }
  return {
    summary: `${plural(list.total, "article")} read`,
    more: "/brief sources --all",
    blocks: [
      { type: "heading", text: "Sources" },
      { type: "context", text: `${plural(list.total, "article")}, newest first` },
      { type: "sources", sources },
      ...moreBlock(left, "/brief sources --all"),
    ],
  };
}
