import type { CliCommand } from "./types.ts";

/** What `brief --help` lists of a command; `load()` imports its module (schemas, store, query code) only when it runs. */
export type CommandEntry = { name: string; summary: string; load: () => Promise<CliCommand> };

/**
 * Every `brief` subcommand, in the order `brief --help` lists them.
 * why: importing every command module (zod schemas, query and store code) cost `brief --help` most of its start-up;
 * the list holds only names and summaries, and a command's module is imported when it runs or its --help is asked.
 * test/unit/cli/registry.test.ts checks each name and summary here against the module's own.
 */
export const CLI_COMMANDS: readonly CommandEntry[] = [
  {
    name: "serve",
    summary: "Run the bot: Slack and/or Discord when their tokens are set, otherwise a chat in this terminal",
    load: async () => (await import("./serve.ts")).serveCommand,
  },
  {
    name: "check-config",
    summary: "Validate the environment and the config file, and show what Briefbot will run with",
    load: async () => (await import("./check-config.ts")).checkConfigCommand,
  },
  {
    name: "seeds",
    summary: "List the seed articles with outlet and publication date",
    load: async () => (await import("./seeds.ts")).seedsCommand,
  },
  {
    name: "ingest",
    summary:
      "Extract facts from article files, folders, stdin (-), web pages and RSS/Atom feeds and store them; the same article twice is a no-op",
    load: async () => (await import("./ingest.ts")).ingestCommand,
  },
  {
    name: "retag",
    summary: "Re-assign topics to every stored article from the current config, without re-extracting",
    load: async () => (await import("./retag.ts")).retagCommand,
  },
  {
    name: "reextract",
    summary: "Read every stored article's facts again with this version's extractor (after an upgrade); ids stay",
    load: async () => (await import("./reextract.ts")).reextractCommand,
  },
  {
    name: "recover",
    summary: "Copy what a damaged store still holds into a new store (the damaged file is only read)",
    load: async () => (await import("./recover.ts")).recoverCommand,
  },
  {
    name: "backup",
    summary: "Copy the store into FILE while the bot runs (SQLite online backup, checked before it is kept)",
    load: async () => (await import("./backup.ts")).backupCommand,
  },
  {
    name: "restore",
    summary: "Replace the store by a backup (checked first; the old store is kept aside)",
    load: async () => (await import("./restore.ts")).restoreCommand,
  },
  {
    name: "topic",
    summary: "A briefing on a topic: summary, people, quotes, timeline, sources",
    load: async () => (await import("./topic.ts")).topicCommand,
  },
  {
    name: "topics",
    summary: "The configured topics with how many articles, quotes and events each has",
    load: async () => (await import("./topics.ts")).topicsCommand,
  },
  {
    name: "who",
    summary: "What a person said (brief who SURNAME), or who said a phrase (brief who '\"a few words\"')",
    load: async () => (await import("./who.ts")).whoCommand,
  },
  {
    name: "on",
    summary: "What happened on a day, in a month or year, or in a range (2022-03-24, March 2022, 2022-11-01..2022-11-30)",
    load: async () => (await import("./on.ts")).onCommand,
  },
  {
    name: "entity",
    summary: "Who or what someone is: names and aliases, roles with sources, when seen, quotes, topics",
    load: async () => (await import("./entity.ts")).entityCommand,
  },
  {
    name: "search",
    summary: "Full-text search over quotes, events and article sentences, best first",
    load: async () => (await import("./search.ts")).searchCommand,
  },
  {
    name: "export",
    summary: "Write a whole brief (topic, date or person) with every fact and citation, as Markdown or JSON",
    load: async () => (await import("./export.ts")).exportCommand,
  },
  {
    name: "ask",
    summary: "Ask in plain words: a short cited answer, or “the articles don't say” with the nearest facts",
    load: async () => (await import("./ask.ts")).askCommand,
  },
  {
    name: "sources",
    summary: "The articles Briefbot has read, newest first, with outlet and date",
    load: async () => (await import("./sources.ts")).sourcesCommand,
  },
  {
    name: "feeds",
    summary: "Followed sources (feeds and pages brief serve polls by itself): add, remove, list, poll now",
    load: async () => (await import("./feeds.ts")).feedsCommand,
  },
  {
    name: "discord",
    summary: "Register the /brief command with Discord (one server with --guild, else global)",
    load: async () => (await import("./discord.ts")).discordCommand,
  },
  {
    name: "digest",
    summary: "Scheduled digests: list them, preview or run one, see delivery status",
    load: async () => (await import("./digest.ts")).digestCommand,
  },
  {
    name: "extract",
    summary: "Read one article and print its quotes, speakers, dated events and entities",
    load: async () => (await import("./extract.ts")).extractCommand,
  },
];

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
