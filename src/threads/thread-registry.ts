import type { RootCommand } from "../store/conversation-types.ts";

/** The platforms whose threads the bot keeps track of (the terminal numbers its own threads). */
export type ThreadPlatform = "slack" | "discord" | "console";

/** What a thread root was about, so a follow-up under it can be answered in context. */
export type ThreadContext = {
  /** The text that produced the root message: `/brief who <name>`, or the question of a mention. */
  command: string;
  /** The root answer's one-line summary (the Document's `summary`). */
  summary: string;
  /**
   * The same command as data (name and arguments), when the platform gave it so (Discord's typed options, the
   * command line's parsed words); a persistent registry keeps it and derives the root from it, not from `command`.
   */
  root?: RootCommand;
  /** The topic slug the root briefed on, when the caller knows it (a persistent registry derives it otherwise). */
  topic?: string | null;
  /** Entity ids the root named ("person:i.k_l_n"). */
  entities?: readonly string[];
  /** Item ids of the facts the root showed ("q12", "e7", "s40"). */
  factIds?: readonly string[];
};

/** A value, or a promise of it: a synchronous store (better-sqlite3) and an async one both fit the port. */
export type Awaitable<T> = T | Promise<T>;

/**
 * The port adapters use for thread bookkeeping, platform-neutral: which threads hang under the bot's own
 * messages, and which incoming events were already handled. The in-memory implementation serves tests and
 * the console; the SQLite store provides a persistent one so thread context and dedupe survive a restart.
 */
export interface ThreadRegistry {
  /** Remembers that `threadId` (a Slack message ts, a Discord thread id) in `channelId` is rooted at a bot answer. */
  markBotThread(platform: ThreadPlatform, channelId: string, threadId: string, context: ThreadContext): Awaitable<void>;
  /** True when `threadId` in `channelId` was marked as rooted at a bot answer. */
  isBotThread(platform: ThreadPlatform, channelId: string, threadId: string): Awaitable<boolean>;
  /**
   * Claims an incoming event: true the first time an id is seen, false ever after. Adapters claim before
   * answering, so a redelivered or doubled event is answered once. Must be atomic.
   */
  claimEvent(platform: ThreadPlatform, eventId: string): Awaitable<boolean>;
}
