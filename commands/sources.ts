import { z } from "zod";
import { composeSources } from "../src/render/compose/compose-listings.ts";
import { defineCommand } from "./lib/types.ts";
import { parseWith, splitFlags } from "./lib/usage.ts";

const USAGE = "/brief sources [--all]";

const SourcesArgsSchema = z.object({
  words: z.array(z.string()).max(0, "/brief sources takes no arguments, only --all."),
  all: z.boolean(),
});
export type SourcesArgs = { all: boolean };

export function parseSourcesArgs(words: readonly string[]): SourcesArgs {
  const split = splitFlags(words, ["--all"], USAGE);
  const { all } = parseWith(SourcesArgsSchema, { words: split.words, all: split.flags.has("--all") }, USAGE);
  return { all };
}

export const sourcesCommand = defineCommand({
  name: "sources",
  summary: "The articles Briefbot has read",
  usage: "/brief sources",
  examples: ["/brief sources", "/brief sources --all"],
  parse: parseSourcesArgs,
  run: ({ all }, deps) => composeSources(deps.query.sources(), { all }),
});
