import { entityCommand as chatEntity } from "../../commands/entity.ts";
import { type EntityProfile, EntityResultSchema } from "../query/types.ts";
import { formatEntity } from "./format-results.ts";
import { queryCommand } from "./query-command.ts";
import { chatVerb } from "./verb-args.ts";

export const entityCommand = queryCommand({
  name: "entity",
  summary: "Who or what someone is: names and aliases, roles with sources, when seen, quotes, topics",
  usage: "brief entity NAME",
  words: chatVerb(chatEntity),
  schema: EntityResultSchema,
  ask: (engine, { name }) => engine.entity(name),
  format: (answer) => formatEntity(answer as EntityProfile),
});
