import { z } from "zod";
import { composeTopics } from "../src/render/compose/compose-listings.ts";
import { defineCommand } from "./lib/types.ts";
import { parseWith, splitFlags } from "./lib/usage.ts";

const USAGE = "/brief topics";

const NoArgsSchema = z.array(z.string()).max(0, "/brief topics takes no arguments. For one topic's briefing: /brief <topic>.");

export function parseTopicsArgs(words: readonly string[]): Record<string, never> {
  parseWith(NoArgsSchema, splitFlags(words, [], USAGE).words, USAGE);
  return {};
}

export const topicsCommand = defineCommand({
  name: "topics",
  summary: "The topics Briefbot knows, with fact counts",
  usage: USAGE,
  examples: ["/brief topics"],
  parse: parseTopicsArgs,
  run: (_args, deps) => composeTopics(deps.query.topics()),
});
