import { topicsCommand as chatTopics } from "../../commands/topics.ts";
import { TopicsListSchema } from "../query/types.ts";
import { formatTopics } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";
import { chatVerb } from "./verb-args.ts";

export const topicsCommand = queryCommand({
  name: "topics",
  summary: "The configured topics with how many articles, quotes and events each has",
  usage: "brief topics",
  words: chatVerb(chatTopics),
  schema: TopicsListSchema,
  ask: (engine) => engine.topics(),
  format: formatTopics,
});
