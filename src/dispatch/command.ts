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
  /** What the usage line calls it (`feed URL`, `name|"phrase"`); the argument's own name when left out. */
  placeholder?: string;
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
  /** `usage` is the command's usage line, for answers that refuse a query the engine could not read. */
  run: (args: ArgsOf<A>, deps: CommandDeps, request: CommandRequest, usage: string) => Document | Promise<Document>;
};

/** A command with its argument type erased, so commands of different shapes share one registry. */
export type AnyCommand = CommandSpec & {
  /** The usage line help and refusals show, derived from the arguments (usageOf), never written by hand. */
  usage: string;
  /** Checks raw argument values (from words or typed options) against the schemas; a usage error on failure. */
  parse: (input: Readonly<Record<string, unknown>>) => unknown;
  execute: (input: Readonly<Record<string, unknown>>, deps: CommandDeps, request: CommandRequest) => Promise<Document>;
};

/** A command that still knows its arguments' type, so another front end (the `brief` CLI) can read them typed. */
export type DefinedCommand<T> = Omit<AnyCommand, "parse"> & { parse: (input: Readonly<Record<string, unknown>>) => T };

export function defineCommand<A extends ArgSpecs>(command: Command<A>): DefinedCommand<ArgsOf<A>> {
  const { run, ...spec } = command;
  const about = { ...spec, usage: usageOf(spec) };
  const shape = Object.fromEntries(Object.entries(about.args).map(([key, arg]) => [key, arg.schema]));
  const schema = z.object(shape);
  const parse = (input: Readonly<Record<string, unknown>>): ArgsOf<A> => {
    const result = schema.safeParse(input);
    if (result.success) return result.data as ArgsOf<A>;
    throw new CommandUsageError(result.error.issues[0]?.message ?? "That is not a valid argument.", about.usage);
  };
  return { ...about, parse, execute: async (input, deps, request) => run(parse(input), deps, request, about.usage) };
}

/**
 * The usage line, read off the definition so no argument can be left out of help: the name (none for the
 * bare-words command, which is typed as `/brief <topic>`), the fixed words, then each argument in order:
 * `<required>`, `[optional]`, `[keyword value]` for a keyword form, `[--flag]`.
 */
export function usageOf(command: CommandSpec): string {
  const parts = ["/brief", ...(command.fallback === "bare-words" ? [] : [command.name]), ...(command.textPrefix ?? [])];
  for (const [key, arg] of Object.entries(command.args)) {
    if (arg.type === "boolean") {
      parts.push(`[${arg.flag}]`);
      continue;
    }
    const shown = typeof arg.text === "object" ? `${arg.text.keyword} ${arg.placeholder ?? key}` : (arg.placeholder ?? key);
    parts.push(arg.required ? `<${shown}>` : `[${shown}]`);
  }
  return parts.join(" ");
}
