import { SourcesListSchema } from "../query/types.ts";
import { formatSources } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";

export const sourcesCommand = queryCommand({
  name: "sources",
  summary: "The articles Briefbot has read, newest first, with outlet and date",
  usage: "brief sources",
  takesText: false,
  schema: SourcesListSchema,
  ask: (engine) => engine.sources(),
  format: formatSources,
});
