import type { Topic } from "../../config/file-schema.ts";
import type { DigestService } from "../../src/digest/digest-service.ts";
import type { Asker } from "../../src/query/ask/asker.ts";
import type { QueryEngine } from "../../src/query/types.ts";
import type { Document } from "../../src/render/document.ts";
import type { SourceService } from "../../src/sources/source-service.ts";

/** Who asked and where, so answers can be threaded and subscriptions scoped. */
export type CommandRequest = {
  platform: "console" | "slack" | "discord";
  channelId: string;
  userId: string;
  threadId?: string;
};

/** What commands may use. Grows as the store and query engine arrive; never a platform SDK. */
export type CommandDeps = {
  topics: readonly Topic[];
  /** The fact store's questions: topic brief, who said, on date, entity, listings. Pure reads. */
  query: QueryEngine;
  /** The registry, so help can list every command. */
  commands: readonly AnyCommand[];
  /** Answers questions in a thread's context and remembers the exchange; absent, `/brief ask` says so. */
  ask?: Asker;
  /** Digest subscriptions and previews; absent where digests do not run (then the commands say so). */
  digests?: DigestService;
  /** Followed sources (/brief follow, unfollow, following); absent where sources are not managed. */
  sources?: SourceService;
  /** The zone `/brief subscribe` uses when none is given (config TZ, else UTC). */
  defaultTimezone?: string;
};

/**
 * One slash command: `parse` turns words into typed arguments (throwing a usage error with the right usage),
 * `run` answers with a Document.
 */
export type Command<Args> = {
  name: string;
  summary: string;
  usage: string;
  examples: readonly string[];
  parse: (words: readonly string[]) => Args;
  run: (args: Args, deps: CommandDeps, request: CommandRequest) => Document | Promise<Document>;
};

/** A command with its argument type erased, so commands of different shapes share one registry. */
export type AnyCommand = Omit<Command<unknown>, "parse" | "run"> & {
  execute: (words: readonly string[], deps: CommandDeps, request: CommandRequest) => Promise<Document>;
};

export function defineCommand<Args>(command: Command<Args>): AnyCommand {
  const { parse, run, ...about } = command;
  return { ...about, execute: async (words, deps, request) => run(parse(words), deps, request) };
}
