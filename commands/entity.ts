import { z } from "zod";
import { composeEntity } from "../src/render/compose/compose-entity.ts";
import { composeInvalid, composeNotFound } from "../src/render/compose/failures.ts";
import { defineCommand } from "./lib/types.ts";
import { parseWith, splitFlags } from "./lib/usage.ts";

const USAGE = "/brief entity <name> [--all]";
const NAME_MAX = 200;

const EntityArgsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Who or what? For example: /brief entity Lovelace.")
    .max(NAME_MAX, `That is too long for a name (at most ${NAME_MAX} characters).`),
  all: z.boolean(),
});
export type EntityArgs = z.output<typeof EntityArgsSchema>;

export function parseEntityArgs(words: readonly string[]): EntityArgs {
  const split = splitFlags(words, ["--all"], USAGE);
  return parseWith(EntityArgsSchema, { name: split.words.join(" "), all: split.flags.has("--all") }, USAGE);
}

export const entityCommand = defineCommand({
  name: "entity",
  summary: "Who or what someone is: names, roles, when seen",
  usage: "/brief entity <name>",
  examples: ["/brief entity Lovelace", "/brief entity World Bank"],
  parse: parseEntityArgs,
  run: ({ name, all }, deps) => {
    const result = deps.query.entity(name);
    switch (result.kind) {
      case "entity":
        return composeEntity(result, { all });
      case "not-found":
        return composeNotFound(result, (suggestion) => `/brief entity ${suggestion}`, "/brief topics shows what the articles cover.");
      case "invalid-query":
        return composeInvalid(result, USAGE);
    }
  },
});
