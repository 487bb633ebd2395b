import { defineCommand } from "../src/dispatch/command.ts";
import { composeTopics } from "../src/render/compose/compose-listings.ts";

export const topicsCommand = defineCommand({
  name: "topics",
  summary: "The topics Briefbot knows, with fact counts",
  examples: ["/brief topics"],
  args: {},
  extraWords: "/brief topics takes no arguments. For one topic's briefing: /brief <topic>.",
  run: (_args, deps) => composeTopics(deps.query.topics()),
});
