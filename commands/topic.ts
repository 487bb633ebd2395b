import { z } from "zod";
import { composeBrief } from "../src/render/compose/compose-brief.ts";
import { composeInvalid, composeNotFound } from "../src/render/compose/failures.ts";
import { defineCommand } from "./lib/types.ts";
import { parseWith, splitFlags } from "./lib/usage.ts";

const USAGE = "/brief <topic> [--all]";

const TopicArgsSchema = z.object({
  words: z
    .array(z.string())
    .min(1, "Which topic? /brief topics lists them.")
    .max(8, "A topic is one slug, like coastal-fisheries; /brief topics lists them."),
  all: z.boolean(),
});
export type TopicArgs = { slug: string; all: boolean };

/** `coastal-fisheries`, `Coastal Fisheries` and `coastal fisheries` all name the same slug. */
export function parseTopicArgs(words: readonly string[]): TopicArgs {
  const split = splitFlags(words, ["--all"], USAGE);
  const args = parseWith(TopicArgsSchema, { words: split.words, all: split.flags.has("--all") }, USAGE);
  const slug = args.words
    .join("-")
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return { slug, all: args.all };
}

export const topicCommand = defineCommand({
  name: "topic",
  summary: "A briefing on a topic: summary, people, quotes, timeline, sources",
  usage: "/brief <topic>",
  examples: ["/brief topics", "/brief <topic>", "/brief <topic> --all"],
  parse: parseTopicArgs,
  run: ({ slug, all }, deps) => {
    const result = deps.query.topicBrief(slug);
    switch (result.kind) {
      case "topic-brief":
        return composeBrief(result, { all });
      case "not-found":
        return composeNotFound(result, (suggestion) => `/brief ${suggestion}`, "Type /brief topics to see every topic.");
      case "invalid-query":
        return composeInvalid(result, USAGE);
    }
  },
});
