import { z } from "zod";
import { composeCommandHelp, composeHelp } from "../src/render/compose/compose-help.ts";
import { closestMatches } from "../src/text/similarity.ts";
import { defineCommand } from "./lib/types.ts";
import { CommandUsageError, parseWith, splitFlags } from "./lib/usage.ts";

const USAGE = "/brief help [command]";

const HelpArgsSchema = z.array(z.string()).max(1, "Ask about one command at a time, e.g. /brief help who.");
export type HelpArgs = { command?: string };

export function parseHelpArgs(words: readonly string[]): HelpArgs {
  const [command] = parseWith(HelpArgsSchema, splitFlags(words, [], USAGE).words, USAGE);
  return command ? { command: command.replace(/^\//, "").toLowerCase() } : {};
}

export const helpCommand = defineCommand({
  name: "help",
  summary: "What Briefbot can do, with examples",
  usage: USAGE,
  examples: ["/brief help", "/brief help who"],
  parse: parseHelpArgs,
  run: ({ command }, deps) => {
    if (!command)
      return composeHelp(
        deps.commands,
        deps.topics.map((topic) => topic.slug),
      );
    const found = deps.commands.find((candidate) => candidate.name === command);
    if (found) return composeCommandHelp(found);
    const guesses = closestMatches(
      command,
      deps.commands.map((candidate) => candidate.name),
    );
    const hint = guesses.length > 0 ? ` Did you mean ${guesses.map((guess) => `/brief help ${guess}`).join(" or ")}?` : "";
    throw new CommandUsageError(`There is no command "${command}".${hint}`, USAGE);
  },
});
