import { z } from "zod";
import { defineCommand, stringArg } from "../src/dispatch/command.ts";
import { CommandUsageError } from "../src/dispatch/usage.ts";
import { composeCommandHelp, composeHelp } from "../src/render/compose/compose-help.ts";
import { closestMatches } from "../src/text/similarity.ts";

/** `who`, `WHO` and `/who` all name the who command. */
const CommandName = z
  .string()
  .transform((name) => name.trim().replace(/^\//, "").toLowerCase())
  .optional();

export const helpCommand = defineCommand({
  name: "help",
  summary: "What Briefbot can do, with examples",
  examples: ["/brief help", "/brief help who"],
  args: {
    command: stringArg(CommandName, {
      description: "A command to explain, e.g. who",
      required: false,
      maxLength: 32,
      text: "word",
      choices: "command names",
    }),
  },
  extraWords: "Ask about one command at a time, e.g. /brief help who.",
  fallback: "empty-line",
  run: ({ command }, deps, _request, usage) => {
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
    throw new CommandUsageError(`There is no command "${command}".${hint}`, usage);
  },
});
