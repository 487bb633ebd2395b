import { z } from "zod";
import { defineCommand, flagArg, stringArg } from "../src/dispatch/command.ts";
import { DATE_EXAMPLES, parseDateExpression } from "../src/query/date-expression.ts";
import { composeOn } from "../src/render/compose/compose-on.ts";
import { composeInvalid, composeNotFound } from "../src/render/compose/failures.ts";

/** `on 24 March 2022`, `on March 2022`, `on 2022-11-01..2022-11-30`: the words after `on` are the date. */
const DateExpression = z
  .string()
  .trim()
  .min(1, `On which date? For example: ${DATE_EXAMPLES}.`)
  .refine((text) => !("error" in parseDateExpression(text)), {
    error: (issue) => {
      const parsed = parseDateExpression(String(issue.input));
      return "error" in parsed ? `${upperFirst(parsed.error)}.` : "That is not a date I can read.";
    },
  });

export const onCommand = defineCommand({
  name: "on",
  summary: "What happened on a day, in a month or a year, or in a range",
  examples: ["/brief on 24 March 2022", "/brief on March 2022", "/brief on 2022-11-01..2022-11-30"],
  args: {
    date: stringArg(DateExpression, {
      description: "2022-03-24, 24 March 2022, March 2022 or 2022-11-01..2022-11-30",
      required: true,
      maxLength: 100,
      text: "rest",
    }),
    all: flagArg("--all", "Show everything, not only the first few items"),
  },
  run: ({ date: expression, all }, deps, _request, usage) => {
    const result = deps.query.onDate(expression);
    switch (result.kind) {
      case "on-date":
        return composeOn(result, { all });
      case "not-found":
        return composeNotFound(result, (suggestion) => `/brief on ${suggestion}`, "/brief sources shows the dates the articles cover.");
      case "invalid-query":
        return composeInvalid(result, usage);
    }
  },
});

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
