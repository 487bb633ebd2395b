import { z } from "zod";
import { defineCommand, flagArg, stringArg } from "../src/dispatch/command.ts";
import { composeEntity } from "../src/render/compose/compose-entity.ts";
import { composeInvalid, composeNotFound } from "../src/render/compose/failures.ts";

const NAME_MAX = 200;

const Name = z
  .string()
  .trim()
  .min(1, "Who or what? For example: /brief entity Lovelace.")
  .max(NAME_MAX, `That is too long for a name (at most ${NAME_MAX} characters).`);

export const entityCommand = defineCommand({
  name: "entity",
  summary: "Who or what someone is: names, roles, when seen",
  examples: ["/brief entity Lovelace", "/brief entity World Bank"],
  args: {
    name: stringArg(Name, { description: "A person, organisation or place", required: true, maxLength: 100, text: "rest" }),
    all: flagArg("--all", "Show everything, not only the first few items"),
  },
  run: ({ name, all }, deps, _request, usage) => {
    const result = deps.query.entity(name);
    switch (result.kind) {
      case "entity":
        return composeEntity(result, { all });
      case "not-found":
        return composeNotFound(result, (suggestion) => `/brief entity ${suggestion}`, "/brief topics shows what the articles cover.");
      case "invalid-query":
        return composeInvalid(result, usage);
    }
  },
});
