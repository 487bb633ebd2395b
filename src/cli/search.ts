import { SearchQueryResultSchema, type SearchResult } from "../query/types.ts";
import { formatSearch } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";
import { freeText } from "./verb-args.ts";

export const searchCommand = queryCommand({
  name: "search",
  summary: "Full-text search over quotes, events and article sentences, best first",
  usage: "brief search TEXT",
  words: freeText,
  schema: SearchQueryResultSchema,
  ask: (engine, text) => engine.search(text),
  format: (answer) => formatSearch(answer as SearchResult),
});
