import { checkConfigCommand } from "./check-config.ts";
import { seedsCommand } from "./seeds.ts";
import { serveCommand } from "./serve.ts";
import type { CliCommand } from "./types.ts";

/** Every `brief` subcommand, in the order `brief --help` lists them. */
export const CLI_COMMANDS = [serveCommand, checkConfigCommand, seedsCommand] as const satisfies readonly CliCommand[];

/** Subcommands that later work will add; named so `brief extract` says "not available yet" instead of "unknown". */
export const PLANNED_CLI_COMMANDS = [
  "extract",
  "ingest",
  "topic",
  "topics",
  "who",
  "on",
  "entity",
  "search",
  "sources",
  "ask",
  "digest",
  "discord",
  "retag",
] as const;

export function cliHelp(): string {
  const width = Math.max(...CLI_COMMANDS.map((command) => command.name.length));
  return [
    "brief: Briefbot's command line",
    "",
    "usage: brief <command> [options]   (brief <command> --help for details)",
    "",
    ...CLI_COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Exit codes: 0 ok, 1 failure, 2 usage error.",
    "",
  ].join("\n");
}
