import { z } from "zod";
import { defineCommand, flagArg, stringArg } from "../src/dispatch/command.ts";
import { composeBrief } from "../src/render/compose/compose-brief.ts";
import { composeInvalid, composeNotFound } from "../src/render/compose/failures.ts";

/** `coastal-fisheries`, `Coastal Fisheries` and `coastal fisheries` all name the same slug. */
const Slug = z
  .string()
  .trim()
  .min(1, "Which topic? /brief topics lists them.")
  .refine((text) => text.split(/\s+/).length <= 8, "A topic is one slug, like coastal-fisheries; /brief topics lists them.")
  .transform((text) => text.toLowerCase().replace(/[\s_]+/g, "-"));

export const topicCommand = defineCommand({
  name: "topic",
  summary: "A briefing on a topic: summary, people, quotes, timeline, sources",
  examples: ["/brief topics", "/brief <topic>", "/brief <topic> --all"],
  args: {
    name: stringArg(Slug, {
      description: "The topic",
      required: true,
      maxLength: 100,
      text: "rest",
      autocomplete: "topics",
      placeholder: "topic",
    }),
    all: flagArg("--all", "Show everything, not only the first few items"),
  },
  fallback: "bare-words",
  run: ({ name: slug, all }, deps, _request, usage) => {
    const result = deps.query.topicBrief(slug);
    switch (result.kind) {
      case "topic-brief":
        return composeBrief(result, { all });
      case "not-found":
        return composeNotFound(result, (suggestion) => `/brief ${suggestion}`, "Type /brief topics to see every topic.");
      case "invalid-query":
        return composeInvalid(result, usage);
    }
  },
});
