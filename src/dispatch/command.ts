import { z } from "zod";
import type { Topic } from "../../config/file-schema.ts";
import type { DigestService } from "../digest/digest-service.ts";
import type { Asker } from "../query/ask/asker.ts";
import type { QueryEngine } from "../query/types.ts";
import type { Document } from "../render/document.ts";
import type { SourceService } from "../sources/source-service.ts";
import { CommandUsageError, type Flag } from "./usage.ts";

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

/** Where an option's suggestions come from while someone types it (Discord autocomplete). */
export type Suggestions = "topics" | "speakers";

/**
 * How a string argument is written in the text form (Slack, terminal):
 * `word` the next word; `rest` every remaining word, joined by spaces; `question` the whole line as typed
 * (no options are read from it); `{ keyword, pattern }` the first remaining word matching `pattern`, with
 * any `keyword` words around it dropped (`at 07:30`).
 */
type TextForm = "word" | "rest" | "question" | { keyword: string; pattern: RegExp };

/** A string argument: a string option on Discord, words in text. */
type StringArg<S extends z.ZodType = z.ZodType> = {
  type: "string";
  schema: S;
  /** Shown next to the option in Discord's picker (at most 100 characters). */
  description: string;
  required: boolean;
  /** Discord's max_length, and the check on a typed value before it is answered. */
  maxLength: number;
  text: TextForm;
  autocomplete?: Suggestions;
  /** Discord offers the command names as fixed choices (help). */
  choices?: "command names";
};

/** A yes/no argument: `--all` in text, a boolean option on Discord. */
type FlagArg = { type: "boolean"; schema: z.ZodBoolean; description: string; flag: Flag };

export type ArgSpec = StringArg | FlagArg;
export type ArgSpecs = Readonly<Record<string, ArgSpec>>;
type ArgsOf<A extends ArgSpecs> = { [K in keyof A]: z.output<A[K]["schema"]> };

export function stringArg<S extends z.ZodType>(schema: S, meta: Omit<StringArg<S>, "type" | "schema">): StringArg<S> {
  return { type: "string", schema, ...meta };
}

export function flagArg(flag: Flag, description: string): FlagArg {
  return { type: "boolean", schema: z.boolean(), description, flag };
}

/**
 * How the dispatcher reaches a command other than by its name: `empty-line` answers `/brief` alone,
 * `question` answers plain questions, `bare-words` answers `/brief <anything>` (and is never suggested as a
 * "did you mean", since nobody types its name).
 */
export type Fallback = "empty-line" | "question" | "bare-words";

/** What a command is, apart from what it does: everything help, the text parser and Discord read. */
type CommandSpec<A extends ArgSpecs = ArgSpecs> = {
  name: string;
  summary: string;
  /** The usage line help shows; usage errors add the flags it leaves out. */
  usage: string;
  examples: readonly string[];
  /** The arguments in order: Discord options in this order, text words taken in this order. */
  args: A;
  /** Words typed after the name that are no argument (`digest preview`); on Discord the subcommand implies them. */
  textPrefix?: readonly string[];
  /** The refusal when more words are typed than the arguments take. */
  extraWords?: string;
  fallback?: Fallback;
  /** A first word after the name that makes the line a question for the `question` command (`who is …`). */
  yieldsToQuestion?: RegExp;
};

/**
 * One slash command, one definition: its arguments (zod schema + option metadata) are the single source of
 * the text parser, help, Discord's command definition and autocomplete; `run` answers with a Document.
 */
type Command<A extends ArgSpecs> = CommandSpec<A> & {
  run: (args: ArgsOf<A>, deps: CommandDeps, request: CommandRequest) => Document | Promise<Document>;
};

/** A command with its argument type erased, so commands of different shapes share one registry. */
export type AnyCommand = CommandSpec & {
  /** Checks raw argument values (from words or typed options) against the schemas; a usage error on failure. */
  parse: (input: Readonly<Record<string, unknown>>) => unknown;
  execute: (input: Readonly<Record<string, unknown>>, deps: CommandDeps, request: CommandRequest) => Promise<Document>;
};

export function defineCommand<A extends ArgSpecs>(command: Command<A>): AnyCommand {
  const { run, ...about } = command;
  const shape = Object.fromEntries(Object.entries(about.args).map(([key, arg]) => [key, arg.schema]));
  const schema = z.object(shape);
  const parse = (input: Readonly<Record<string, unknown>>): ArgsOf<A> => {
    const result = schema.safeParse(input);
    if (result.success) return result.data as ArgsOf<A>;
    throw new CommandUsageError(result.error.issues[0]?.message ?? "That is not a valid argument.", usageLine(about));
  };
  return { ...about, parse, execute: async (input, deps, request) => run(parse(input), deps, request) };
}

/** The usage a refusal shows: help's usage line plus the flags it does not mention. */
export function usageLine(command: CommandSpec): string {
  const flags = Object.values(command.args).flatMap((arg) => (arg.type === "boolean" ? [`[${arg.flag}]`] : []));
  return [command.usage, ...flags.filter((flag) => !command.usage.includes(flag))].join(" ");
}
