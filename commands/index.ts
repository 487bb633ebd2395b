import { askCommand } from "./ask.ts";
import { digestCommand } from "./digest.ts";
import { helpCommand } from "./help.ts";
import { plannedCommand } from "./lib/planned.ts";
import type { AnyCommand } from "./lib/types.ts";
import { subscribeCommand } from "./subscribe.ts";
import { subscriptionsCommand } from "./subscriptions.ts";
import { unsubscribeCommand } from "./unsubscribe.ts";

/**
 * The one explicit list of slash commands, in the order help shows them. Nothing is discovered by
 * scanning the folder: a command exists when it is listed here.
 */
export const COMMANDS = [
  plannedCommand("topic", "A briefing on a topic: summary, people, quotes, timeline, sources", "/brief <topic>", ["/brief topics"]),
  plannedCommand("who", "What a person said, or who said a phrase", '/brief who <name|"phrase">'),
  plannedCommand("on", "What happened on a day, in a month or a year, or in a range", "/brief on <date>"),
  askCommand,
  plannedCommand("entity", "Who or what someone is: names, roles, when seen", "/brief entity <name>"),
  plannedCommand("topics", "The topics Briefbot knows, with fact counts", "/brief topics"),
  plannedCommand("sources", "The articles Briefbot has read", "/brief sources"),
  subscribeCommand,
  unsubscribeCommand,
  subscriptionsCommand,
  digestCommand,
  helpCommand,
] as const satisfies readonly AnyCommand[];
