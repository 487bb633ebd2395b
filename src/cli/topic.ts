import { type TopicBrief, TopicBriefResultSchema } from "../query/types.ts";
import { withThreadRoot } from "./ask.ts";
import { formatTopicBrief } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";

export const topicCommand = withThreadRoot(
  queryCommand({
    name: "topic",
    summary: "A briefing on a topic: summary, people, quotes, timeline, sources",
    usage: "brief topic SLUG",
    takesText: true,
    schema: TopicBriefResultSchema,
    ask: (engine, slug) => engine.topicBrief(slug),
    format: (answer) => formatTopicBrief(answer as TopicBrief),
  }),
  (words) => `/brief topic ${words.join(" ")}`,
);
