import { UsageError } from "../domain/errors.ts";
import { closestMatches } from "../text/similarity.ts";

/**
 * A usage mistake with the command's usage as a hint: the dispatcher shows the message, then the hint,
 * so every bad argument is answered with what to type instead.
 */
export class CommandUsageError extends UsageError {
  readonly hint: string;
  constructor(message: string, usage: string) {
    super(message);
    this.name = "CommandUsageError";
    this.hint = `usage: ${usage}`;
  }
}

/** The options every command may take. `--all` lifts the answer's item caps. */
export const KNOWN_FLAGS = ["--all", "--json"] as const;
export type Flag = (typeof KNOWN_FLAGS)[number];

export type SplitArgs = { words: string[]; flags: ReadonlySet<Flag> };

/**
 * Separates `--flags` from words. Phones and macOS turn `--` into an em or en dash, so `—all` counts too.
 * An unknown flag, or one this command does not take, is a usage error with a "did you mean".
 */
export function splitFlags(words: readonly string[], allowed: readonly Flag[], usage: string): SplitArgs {
  const rest: string[] = [];
  const flags = new Set<Flag>();
  for (const word of words) {
    const flag = word.replace(/^[—–]/, "--").toLowerCase();
    if (!/^--[a-z]/.test(flag)) {
      rest.push(word);
      continue;
    }
    const known = allowed.find((candidate) => candidate === flag);
    if (known) {
      flags.add(known);
      continue;
    }
    const guesses = closestMatches(flag, allowed);
    const suggestion =
      guesses.length > 0 ? ` Did you mean ${guesses.join(" or ")}?` : allowed.length === 0 ? " This command takes no options." : "";
    throw new CommandUsageError(`Unknown option ${word}.${suggestion}`, usage);
  }
  return { words: rest, flags };
}
