import { z } from "zod";
import { DATE_EXAMPLES, parseDateExpression } from "../src/query/date-expression.ts";
import { composeOn } from "../src/render/compose/compose-on.ts";
import { composeInvalid, composeNotFound } from "../src/render/compose/failures.ts";
import { defineCommand } from "./lib/types.ts";
import { parseWith, splitFlags } from "./lib/usage.ts";

const USAGE = "/brief on <date> [--all]";

const OnArgsSchema = z.object({
  expression: z
    .string()
    .trim()
    .min(1, `On which date? For example: ${DATE_EXAMPLES}.`)
    .refine((text) => !("error" in parseDateExpression(text)), {
      error: (issue) => {
        const parsed = parseDateExpression(String(issue.input));
        return "error" in parsed ? `${upperFirst(parsed.error)}.` : "That is not a date I can read.";
      },
    }),
  all: z.boolean(),
});
export type OnArgs = z.output<typeof OnArgsSchema>;

/** `on 24 March 2022`, `on March 2022`, `on 2022-11-01..2022-11-30`: the words after `on` are the date. */
export function parseOnArgs(words: readonly string[]): OnArgs {
  const split = splitFlags(words, ["--all"], USAGE);
  return parseWith(OnArgsSchema, { expression: split.words.join(" "), all: split.flags.has("--all") }, USAGE);
}

export const onCommand = defineCommand({
  name: "on",
  summary: "What happened on a day, in a month or a year, or in a range",
  usage: "/brief on <date>",
  examples: ["/brief on 24 March 2022", "/brief on March 2022", "/brief on 2022-11-01..2022-11-30"],
  parse: parseOnArgs,
  run: ({ expression, all }, deps) => {
    const result = deps.query.onDate(expression);
    switch (result.kind) {
      case "on-date":
        return composeOn(result, { all });
      case "not-found":
        return composeNotFound(result, (suggestion) => `/brief on ${suggestion}`, "/brief sources shows the dates the articles cover.");
      case "invalid-query":
        return composeInvalid(result, USAGE);
    }
  },
});

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
