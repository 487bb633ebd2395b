import { onCommand as chatOn } from "../../commands/on.ts";
import { OnDateQueryResultSchema, type OnDateResult } from "../query/types.ts";
import { formatOnDate } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";
import { chatVerb } from "./verb-args.ts";

export const onCommand = queryCommand({
  name: "on",
  summary: "What happened on a day, in a month or year, or in a range (2022-03-24, March 2022, 2022-11-01..2022-11-30)",
  usage: "brief on DATE",
  words: chatVerb(chatOn),
  schema: OnDateQueryResultSchema,
  ask: (engine, { date }) => engine.onDate(date),
  format: (answer) => formatOnDate(answer as OnDateResult),
});
