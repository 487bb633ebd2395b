import { type EntityProfile, EntityResultSchema } from "../query/types.ts";
import { formatEntity } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";

export const entityCommand = queryCommand({
  name: "entity",
  summary: "Who or what someone is: names and aliases, roles with sources, when seen, quotes, topics",
  usage: "brief entity NAME",
  takesText: true,
  schema: EntityResultSchema,
  ask: (engine, text) => engine.entity(text),
  format: (answer) => formatEntity(answer as EntityProfile),
});
