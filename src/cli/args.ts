import { parseArgs } from "node:util";
import type { z } from "zod";
import { UsageError } from "../domain/errors.ts";

type OptionSpec = { type: "string" | "boolean"; short?: string; multiple?: boolean };

/** The schema's output, with the raw positionals when the schema does not declare its own. */
type ParsedArgs<S extends z.ZodType> = Omit<{ positionals: string[] }, keyof z.output<S>> & z.output<S>;

/**
 * Parses a subcommand's flags strictly (unknown flags are usage errors) and validates them with zod,
 * so that `--published 2022-13-40` is refused with a message naming the flag.
 */
export function parseCliArgs<S extends z.ZodType>(
  args: readonly string[],
  options: Record<string, OptionSpec>,
  schema: S,
  usage: string,
): ParsedArgs<S> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/s, "")}\nusage: ${usage}`);
  }
  const data = checkCliValues({ ...parsed.values, positionals: parsed.positionals }, schema, usage);
  // why: a schema may turn positionals into something richer (ingest reads URLs and paths); its output wins.
  return { positionals: parsed.positionals, ...(data as object) } as unknown as ParsedArgs<S>;
}

/** Checks option values with their zod schema; a failure is a usage error naming each bad flag. */
export function checkCliValues<S extends z.ZodType>(values: Record<string, unknown>, schema: S, usage: string): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    const name = key === "positionals" ? "argument" : `--${key}`;
    return `${name}: ${issue.message}`;
  });
  throw new UsageError(`${lines.join("\n")}\nusage: ${usage}`);
}
