/**
 * The threads port: what a bot message showed and the replies under it, so a follow-up has context and a restart
 * loses none. src/threads, the digest's thread bookkeeping and follow-up asking depend on it; SQLite implements it
 * (sqlite-threads.ts). Types are the camelCase domain ones of conversation-types.ts.
 */
import type { ThreadKey, ThreadRecord, ThreadTurn } from "../conversation-types.ts";

/**
 * How many of a thread's turns a follow-up reads: the newest ones (the root's command and summary plus the last
 * few exchanges). why: a long thread's older turns add nothing a follow-up resolves against ("he", "that",
 * "what else") that the newer ones and the root's stored people and facts do not, and reading them all made
 * every reply cost more than the one before.
 */
export const THREAD_TURNS_READ = 12;

export type ThreadStore = {
  /** A thread's root context and its most recent turns (THREAD_TURNS_READ, oldest of them first), or null. */
  getThread(key: ThreadKey): ThreadRecord | null;
  /**
   * Saves a thread's root context; saving the same key again replaces its topic, facts and people, keeps its turns,
   * and keeps its root command when the new record brings none.
   */
  putThread(record: Omit<ThreadRecord, "turns">): void;
  appendTurn(key: ThreadKey, turn: ThreadTurn): void;
};
