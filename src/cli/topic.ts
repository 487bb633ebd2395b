import { topicCommand as chatTopic } from "../../commands/topic.ts";
import { type TopicBrief, TopicBriefResultSchema } from "../query/types.ts";
import { markCliThreadRoot } from "./ask.ts";
import { formatTopicBrief } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";
import { chatVerb } from "./verb-args.ts";

export const topicCommand = queryCommand({
  name: "topic",
  summary: "A briefing on a topic: summary, people, quotes, timeline, sources",
  usage: "brief topic SLUG",
  words: chatVerb(chatTopic),
  schema: TopicBriefResultSchema,
  ask: (engine, { name }) => engine.topicBrief(name),
  format: (answer) => formatTopicBrief(answer as TopicBrief),
  threadRoot: (ctx, threadId, args) => markCliThreadRoot(ctx, threadId, { name: "topic", args }, `/brief topic ${args.name}`),
});
