import { OnDateQueryResultSchema, type OnDateResult } from "../query/types.ts";
import { formatOnDate } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";

export const onCommand = queryCommand({
  name: "on",
  summary: "What happened on a day, in a month or year, or in a range (2022-03-24, March 2022, 2022-11-01..2022-11-30)",
  usage: "brief on DATE",
  takesText: true,
  schema: OnDateQueryResultSchema,
  ask: (engine, text) => engine.onDate(text),
  format: (answer) => formatOnDate(answer as OnDateResult),
});
