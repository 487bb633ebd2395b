import { TopicsListSchema } from "../query/types.ts";
import { formatTopics } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";

export const topicsCommand = queryCommand({
  name: "topics",
  summary: "The configured topics with how many articles, quotes and events each has",
  usage: "brief topics",
  takesText: false,
  schema: TopicsListSchema,
  ask: (engine) => engine.topics(),
  format: formatTopics,
});
