import { sourcesCommand as chatSources } from "../../commands/sources.ts";
import { SourcesListSchema } from "../query/types.ts";
import { formatSources } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";
import { chatVerb } from "./verb-args.ts";

export const sourcesCommand = queryCommand({
  name: "sources",
  summary: "The articles Briefbot has read, newest first, with outlet and date",
  usage: "brief sources",
  words: chatVerb(chatSources),
  schema: SourcesListSchema,
  ask: (engine) => engine.sources(),
  format: formatSources,
});
