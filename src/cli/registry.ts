import { askCommand } from "./ask.ts";
import { backupCommand } from "./backup.ts";
import { checkConfigCommand } from "./check-config.ts";
import { digestCommand } from "./digest.ts";
import { discordCommand } from "./discord.ts";
import { entityCommand } from "./entity.ts";
import { exportCommand } from "./export.ts";
import { extractCommand } from "./extract.ts";
import { feedsCommand } from "./feeds.ts";
import { ingestCommand } from "./ingest.ts";
import { onCommand } from "./on.ts";
import { recoverCommand } from "./recover.ts";
import { reextractCommand } from "./reextract.ts";
import { restoreCommand } from "./restore.ts";
import { retagCommand } from "./retag.ts";
import { searchCommand } from "./search.ts";
import { seedsCommand } from "./seeds.ts";
import { serveCommand } from "./serve.ts";
import { sourcesCommand } from "./sources.ts";
import { topicCommand } from "./topic.ts";
import { topicsCommand } from "./topics.ts";
import type { CliCommand } from "./types.ts";
import { whoCommand } from "./who.ts";

/** Every `brief` subcommand, in the order `brief --help` lists them. */
export const CLI_COMMANDS = [
  serveCommand,
  checkConfigCommand,
  seedsCommand,
  ingestCommand,
  retagCommand,
  reextractCommand,
  recoverCommand,
  backupCommand,
  restoreCommand,
  topicCommand,
  topicsCommand,
  whoCommand,
  onCommand,
  entityCommand,
  searchCommand,
  exportCommand,
  askCommand,
  sourcesCommand,
  feedsCommand,
  discordCommand,
  digestCommand,
  extractCommand,
] as const satisfies readonly CliCommand[];

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
