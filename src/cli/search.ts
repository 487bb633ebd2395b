import { SearchQueryResultSchema, type SearchResult } from "../query/types.ts";
import { formatSearch } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";

export const searchCommand = queryCommand({
  name: "search",
  summary: "Full-text search over quotes, events and article sentences, best first",
  usage: "brief search TEXT",
  takesText: true,
  schema: SearchQueryResultSchema,
  ask: (engine, text) => engine.search(text),
  format: (answer) => formatSearch(answer as SearchResult),
});
