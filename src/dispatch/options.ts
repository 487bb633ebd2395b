import { z } from "zod";
import type { AnyCommand } from "./command.ts";

/** Option values as a platform typed them (Discord): strings and booleans by option name. */
export type OptionValues = Readonly<Record<string, string | boolean>>;

/** A command named with its typed option values: answered without ever becoming text. */
export type Invocation = { command: string; options: OptionValues };

type CheckedOptions = { ok: true; options: OptionValues } | { ok: false; problem: string };

/**
 * Reads a command's options through `read` (the platform's accessor) and checks them before anything is
 * answered: required strings present, none longer than its maxLength (a stale command definition or a
 * free-text autocomplete value can bypass the platform's own checks). Runs of whitespace become one space.
 */
export function checkOptions(
  command: AnyCommand,
  read: (name: string, type: "string" | "boolean") => string | boolean | null | undefined,
): CheckedOptions {
  const options: Record<string, string | boolean> = {};
  for (const [name, arg] of Object.entries(command.args)) {
    const raw = read(name, arg.type);
    if (arg.type === "boolean") {
      if (raw === true) options[name] = true;
      continue;
    }
    const label = `/brief ${command.name} ${name}`;
    const text = z
      .string({ error: `${label} is required.` })
      .transform((value) => value.replace(/\s+/g, " ").trim())
      .pipe(z.string().min(1, `${label} is required.`).max(arg.maxLength, `${label} is too long (at most ${arg.maxLength} characters).`));
    const parsed = (arg.required ? text : text.optional()).safeParse(typeof raw === "string" && raw.trim() ? raw : undefined);
    if (!parsed.success) return { ok: false, problem: parsed.error.issues[0]?.message ?? "invalid option" };
    if (parsed.data !== undefined) options[name] = parsed.data;
  }
  return { ok: true, options };
}

/** Typed option values as the command's raw argument values: a flag not given is false. */
export function optionInput(command: AnyCommand, options: OptionValues): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(command.args).map(([name, arg]) => [name, arg.type === "boolean" ? options[name] === true : options[name]]),
  );
}

/**
 * How an invocation reads as a line someone could have typed (`who "a quoted phrase"`, `digest preview`,
 * `subscribe energy-prices at 07:30`), for thread history and logs. It is never parsed to answer the command.
 */
export function invocationText(command: AnyCommand, options: OptionValues): string {
  const parts = [command.name, ...(command.textPrefix ?? [])];
  for (const [name, arg] of Object.entries(command.args)) {
    const value = options[name];
    if (arg.type === "boolean") {
      if (value === true) parts.push(arg.flag);
    } else if (typeof value === "string" && value) {
      if (typeof arg.text === "object") parts.push(arg.text.keyword);
      parts.push(arg.text === "word" || arg.text === "rest" ? quoted(value) : value);
    }
  }
  return parts.join(" ");
}

/** A value with spaces in quotes it does not itself use, so it reads as one argument. */
function quoted(value: string): string {
  if (!/\s/.test(value)) return value;
  return value.includes('"') && !/[“”]/.test(value) ? `“${value}”` : `"${value}"`;
}
