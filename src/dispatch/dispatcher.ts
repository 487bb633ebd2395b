import { tokenize } from "../../commands/lib/tokenize.ts";
import type { AnyCommand, CommandDeps, CommandRequest } from "../../commands/lib/types.ts";
import { UserError } from "../domain/errors.ts";
import type { Logger } from "../log/logger.ts";
import { type Document, errorDocument } from "../render/document.ts";
import { closestMatches } from "../text/similarity.ts";

export type Dispatcher = {
  /** Answers the text form of a command (`/brief who Kalin`, `who Kalin`) or, with no command, a question. */
  handle(text: string, request: CommandRequest): Promise<Document>;
};

/**
 * The one place where commands are chosen and failures become replies: a UserError's message is shown
 * as it is; anything else is logged with context and the user gets a short apology, never a stack trace.
 */
export function createDispatcher(options: {
  commands: readonly AnyCommand[];
  deps: Omit<CommandDeps, "commands">;
  log: Logger;
}): Dispatcher {
  const deps: CommandDeps = { ...options.deps, commands: options.commands };
  const byName = new Map(options.commands.map((command) => [command.name, command]));

  function choose(words: readonly string[], isSlash: boolean): { command: AnyCommand; words: readonly string[] } | Document {
    const [first, ...rest] = words;
    if (first === undefined) return { command: byName.get("help") as AnyCommand, words: [] };
    const named = byName.get(first.toLowerCase());
    if (named) return { command: named, words: rest };
    const topic = byName.get("topic");
    if (topic && (isSlash || deps.topics.some((t) => t.slug === first.toLowerCase())) && words.length === 1) {
      return { command: topic, words };
    }
    const ask = byName.get("ask");
    if (!isSlash && ask) return { command: ask, words };
    const guesses = closestMatches(first, [...byName.keys(), ...deps.topics.map((t) => t.slug)]);
    return errorDocument(
      `I don't know the command "${first}".${guesses.length > 0 ? ` Did you mean ${guesses.map((g) => `/brief ${g}`).join(" or ")}?` : ""}`,
      "Type /brief help to see every command, or /brief ask <question> to ask in plain words.",
    );
  }

  return {
    async handle(text, request) {
      const trimmed = text.trim();
      const isSlash = /^\/brief\b/i.test(trimmed);
      const body = isSlash ? trimmed.replace(/^\/brief\b/i, "") : trimmed;
      const choice = choose(tokenize(body), isSlash);
      if ("blocks" in choice) return choice;
      try {
        return await choice.command.execute(choice.words, deps, request);
      } catch (error) {
        if (error instanceof UserError) return errorDocument(error.message);
        options.log.error("command failed", { command: choice.command.name, platform: request.platform, error });
        return errorDocument("Sorry, something went wrong while answering that. It has been logged; please try again.");
      }
    },
  };
}
