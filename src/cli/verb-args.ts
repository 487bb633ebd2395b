import type { z } from "zod";
import type { DefinedCommand } from "../dispatch/command.ts";
import { textInput } from "../dispatch/parse-text.ts";
import { CommandUsageError } from "../dispatch/usage.ts";
import { UsageError } from "../domain/errors.ts";
import { closestMatches } from "../text/similarity.ts";
import { checkCliValues } from "./args.ts";

/** A verb's command-line-only options by name (`json: "boolean"`, `out: "string"`): never a chat argument. */
export type CliOptions = Readonly<Record<string, "string" | "boolean">>;

/** How a verb reads the words its command-line options leave: the `--flags` those words may hold, and the reading. */
export type VerbWords<T> = { flags: readonly string[]; read: (words: readonly string[], usage: string) => T };

/**
 * A verb that is also a chat command reads its words by that command's definition (parse-text, then its zod
 * schemas), so `brief who X --all` and `/brief who X --all` take the same arguments and are refused alike.
 * why: the shell has already grouped the words, so quotation marks left in them are text the person typed on
 * purpose (`brief who '"a phrase"'`); the words are split on spaces only, never tokenized again.
 */
export function chatVerb<T>(command: DefinedCommand<T>): VerbWords<T> {
  return {
    flags: Object.values(command.args).flatMap((arg) => (arg.type === "boolean" ? [arg.flag] : [])),
    read: (words, usage) => {
      const split = words.flatMap((word) => word.split(/\s+/)).filter(Boolean);
      try {
        return command.parse(textInput(command, split));
      } catch (error) {
        if (error instanceof CommandUsageError) throw new UsageError(`${inCommandLineWords(error.message)}\nusage: ${usage}`);
        throw error;
      }
    },
  };
}

/**
 * Chat's refusal as the command line says it: its advice names commands the way they are typed here
 * (`/brief topics` → `brief topics`; the topic briefing, `/brief <topic>` in chat, is `brief topic <topic>`).
 */
function inCommandLineWords(message: string): string {
  return message.replace(/\/brief (?=<)/g, "brief topic ").replace(/\/brief\b/g, "brief");
}

/** A verb with no chat command (search): its words are one free text. */
export const freeText: VerbWords<string> = { flags: [], read: (words) => words.join(" ") };

/**
 * Takes a verb's own options (`--json`, `--out FILE`, `--thread=ID`) out of its arguments and checks them with
 * `schema`; every other argument is a word for the verb, in order. A `--flag` that is neither the verb's option
 * nor one of `wordFlags` is a usage error with a "did you mean" over both.
 */
export function splitVerbArgs<S extends z.ZodType>(
  args: readonly string[],
  options: CliOptions,
  wordFlags: readonly string[],
  schema: S,
  usage: string,
): { options: z.output<S>; words: string[] } {
  const values: Record<string, unknown> = {};
  const words: string[] = [];
  for (let at = 0; at < args.length; at++) {
    const arg = args[at] ?? "";
    const match = /^--([a-z][\w-]*)(?:=(.*))?$/s.exec(arg);
    const name = match?.[1] ?? "";
    const type = match && Object.hasOwn(options, name) ? options[name] : undefined;
    if (!type) {
      // why: phones and macOS turn -- into an em or en dash; the chat parser reads those as flags too.
      const flag = arg.replace(/^[—–]/, "--").toLowerCase();
      if (/^--[a-z]/.test(flag) && !wordFlags.includes(flag)) {
        const known = [...Object.keys(options).map((option) => `--${option}`), ...wordFlags];
        const guesses = closestMatches(flag, known);
        const hint = guesses.length > 0 ? ` Did you mean ${guesses.join(" or ")}?` : "";
        throw new UsageError(`Unknown option ${arg}.${hint}\nusage: ${usage}`);
      }
      words.push(arg);
      continue;
    }
    const inline = match?.[2];
    if (type === "boolean") {
      if (inline !== undefined) throw new UsageError(`Option --${name} takes no value.\nusage: ${usage}`);
      values[name] = true;
      continue;
    }
    const value = inline ?? args[at + 1];
    // why: `--thread --json` is a forgotten value, not a thread called "--json".
    if (value === undefined || (inline === undefined && value.startsWith("-")))
      throw new UsageError(`Option --${name} needs a value (--${name}=VALUE if it starts with -).\nusage: ${usage}`);
    if (inline === undefined) at++;
    values[name] = value;
  }
  return { options: checkCliValues(values, schema, usage), words };
}
