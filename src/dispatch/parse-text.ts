import type { AnyCommand } from "./command.ts";
import { CommandUsageError, splitFlags } from "./usage.ts";

/**
 * The text form's words after the command name, as the command's raw argument values, read by its own
 * argument list: flags by their `--name`, then words in the order the arguments take them
 * (`subscribe energy-prices at 07:30 Europe/Berlin` → topic, at, timezone). Too many words, a missing
 * fixed word or an unknown flag is a usage error; the values are checked by the command's schemas next.
 */
export function textInput(command: AnyCommand, words: readonly string[]): Record<string, unknown> {
  const entries = Object.entries(command.args);
  const usage = command.usage;
  const input: Record<string, unknown> = {};
  for (const [key, arg] of entries) {
    // why: a question is read as typed; "--" or a dash inside it is no option.
    if (arg.type === "string" && arg.text === "question") return { [key]: requote(words) };
  }
  const allowed = entries.flatMap(([, arg]) => (arg.type === "boolean" ? [arg.flag] : []));
  const split = splitFlags(words, allowed, usage);
  const rest = [...split.words];
  for (const fixed of command.textPrefix ?? []) {
    if (rest[0]?.toLowerCase() !== fixed) throw new CommandUsageError(`Type ${command.usage}.`, usage);
    rest.shift();
  }
  for (const [key, arg] of entries) {
    if (arg.type === "boolean") input[key] = split.flags.has(arg.flag);
    else if (arg.text === "word") input[key] = rest.shift();
    else if (arg.text === "rest") input[key] = rest.splice(0).join(" ");
    else if (typeof arg.text === "object") {
      const { keyword, pattern } = arg.text;
      const at = rest.findIndex((word) => pattern.test(word));
      if (at >= 0) input[key] = rest.splice(at, 1)[0];
      for (let i = rest.length - 1; i >= 0; i--) if (rest[i]?.toLowerCase() === keyword) rest.splice(i, 1);
    }
  }
  if (rest.length > 0) throw new CommandUsageError(command.extraWords ?? `That is more than /brief ${command.name} takes.`, usage);
  return input;
}

/** why: the tokenizer drops quotation marks; a multi-word token was a quoted phrase, so it gets them back. */
function requote(words: readonly string[]): string {
  return words.map((word) => (/\s/.test(word) ? `"${word}"` : word)).join(" ");
}
