import { defineCommand, flagArg } from "../src/dispatch/command.ts";
import { composeSources } from "../src/render/compose/compose-listings.ts";

export const sourcesCommand = defineCommand({
  name: "sources",
  summary: "The articles Briefbot has read",
  examples: ["/brief sources", "/brief sources --all"],
  args: { all: flagArg("--all", "Every article, not only the latest few") },
  extraWords: "/brief sources takes no arguments, only --all.",
  run: ({ all }, deps) => composeSources(deps.query.sources(), { all }),
});
