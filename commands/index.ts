import type { AnyCommand } from "../src/dispatch/command.ts";
import { askCommand } from "./ask.ts";
import { digestCommand } from "./digest.ts";
import { entityCommand } from "./entity.ts";
import { exportCommand } from "./export.ts";
import { followCommand } from "./follow.ts";
import { followingCommand } from "./following.ts";
import { helpCommand } from "./help.ts";
import { onCommand } from "./on.ts";
import { sourcesCommand } from "./sources.ts";
import { subscribeCommand } from "./subscribe.ts";
import { subscriptionsCommand } from "./subscriptions.ts";
import { topicCommand } from "./topic.ts";
import { topicsCommand } from "./topics.ts";
import { unfollowCommand } from "./unfollow.ts";
import { unsubscribeCommand } from "./unsubscribe.ts";
import { whoCommand } from "./who.ts";

/**
 * The one explicit list of slash commands, in the order help shows them. Nothing is discovered by
 * scanning the folder: a command exists when it is listed here.
 */
export const COMMANDS = [
  topicCommand,
  whoCommand,
  onCommand,
  askCommand,
  entityCommand,
  exportCommand,
  topicsCommand,
  sourcesCommand,
  subscribeCommand,
  unsubscribeCommand,
  subscriptionsCommand,
  followCommand,
  unfollowCommand,
  followingCommand,
  digestCommand,
  helpCommand,
] as const satisfies readonly AnyCommand[];
