import { UserError } from "../domain/errors.ts";
import type { Logger } from "../log/logger.ts";
import type { QueryEngine } from "../query/types.ts";
import { type Document, errorDocument, FAILURE_APOLOGY } from "../render/document.ts";
import { closestMatches } from "../text/similarity.ts";
import type { AnyCommand, CommandDeps, CommandRequest, Fallback } from "./command.ts";
import { type Invocation, optionInput } from "./options.ts";
import { textInput } from "./parse-text.ts";
import { tokenize } from "./tokenize.ts";
import { unavailableQueryEngine } from "./unavailable-query.ts";

/** What one handled command reports, for metrics: which command, how it ended, how long it took. */
export type DispatchObservation = {
  platform: CommandRequest["platform"];
  command: string;
  outcome: "answered" | "refused" | "invalid" | "failed";
  seconds: number;
};

export type Dispatcher = {
  /** Answers the text form of a command (`/brief who Lovelace`, `who Lovelace`) or, with no command, a question. */
  handle(text: string, request: CommandRequest): Promise<Document>;
};

/** A dispatcher that also answers commands whose options arrive typed (Discord), with the commands it knows. */
export type CommandDispatcher = Dispatcher & {
  readonly commands: readonly AnyCommand[];
  /** Answers a command named with its typed option values: they map onto its arguments, never through text. */
  invoke(invocation: Invocation, request: CommandRequest): Promise<Document>;
};

/** What the text router decided: a command with its words, or a reply already (an unknown command). */
type Choice = { kind: "command"; command: AnyCommand; words: readonly string[] } | { kind: "reply"; document: Document };

/** What the dispatcher is built with: the command deps, where the query engine may be left out. */
export type DispatcherDeps = Omit<CommandDeps, "commands" | "query"> & { query?: QueryEngine };

/**
 * The one place where commands are chosen and failures become replies: a UserError's message is shown
 * as it is (with its usage hint when it has one); anything else is logged with context and the user gets
 * a short apology, never a stack trace.
 */
export function createDispatcher(options: {
  commands: readonly AnyCommand[];
  deps: DispatcherDeps;
  log: Logger;
  /** Called once per handled command (metrics); never allowed to change or fail the answer. */
  observe?: (observation: DispatchObservation) => void;
  /** Seconds on a monotonic clock; tests may inject one. */
  clock?: () => number;
}): CommandDispatcher {
  const clock = options.clock ?? (() => performance.now() / 1000);
  const deps: CommandDeps = { ...options.deps, query: options.deps.query ?? unavailableQueryEngine(), commands: options.commands };
  const byName = new Map(options.commands.map((command) => [command.name, command]));
  const byFallback = (fallback: Fallback) => options.commands.find((command) => command.fallback === fallback);
  const emptyLine = byFallback("empty-line");
  const question = byFallback("question");
  const bareWords = byFallback("bare-words");
  const isTopic = (word: string) => deps.topics.some((topic) => topic.slug === word.toLowerCase());
  const reply = (document: Document): Choice => ({ kind: "reply", document });

  function choose(words: readonly string[], isSlash: boolean): Choice {
    const [first, ...rest] = words;
    if (first === undefined) return emptyLine ? { kind: "command", command: emptyLine, words: [] } : reply(unknown(""));
    const named = byName.get(first.toLowerCase());
    // why: "who is the adviser?" reads as a question, not as `who` looking up someone called "is the adviser?".
    if (named?.yieldsToQuestion?.test(rest[0] ?? "") && question) return { kind: "command", command: question, words };
    if (named) return { kind: "command", command: named, words: rest };
    // why: the bare-words command is never typed by name (`/brief <topic>`), so it is no "did you mean" for a typo.
    const nearCommands = closestMatches(
      first,
      options.commands.filter((command) => command !== bareWords).map((command) => command.name),
    );
    if (isSlash && nearCommands.length > 0 && !isTopic(first)) {
      return reply(
        errorDocument(
          `I don't know the command "${first}". Did you mean ${nearCommands.map((g) => `/brief ${g}`).join(" or ")}?`,
          HELP_HINT,
        ),
      );
    }
    // why: `/brief <anything>` is a topic (the topic command suggests the nearest slug); bare text is a
    // topic only when it names one, otherwise it is a question.
    if (bareWords && (isTopic(first) || (isSlash && !looksLikeQuestion(words)))) return { kind: "command", command: bareWords, words };
    if (question && (!isSlash || looksLikeQuestion(words))) return { kind: "command", command: question, words };
    return reply(unknown(first));
  }

  function unknown(first: string): Document {
    const guesses = closestMatches(first, [...byName.keys(), ...deps.topics.map((t) => t.slug)]);
    return errorDocument(
      `I don't know the command "${first}".${guesses.length > 0 ? ` Did you mean ${guesses.map((g) => `/brief ${g}`).join(" or ")}?` : ""}`,
      HELP_HINT,
    );
  }

  /** Runs one command, turning its failures into replies, and reports how it ended. */
  async function answer(
    command: AnyCommand,
    input: () => Readonly<Record<string, unknown>>,
    request: CommandRequest,
    report: Report,
  ): Promise<Document> {
    try {
      const doc = await command.execute(input(), deps, request);
      report(command.name, doc.outcome ?? "answered");
      return doc;
    } catch (error) {
      if (error instanceof UserError) {
        report(command.name, "invalid");
        return errorDocument(error.message, hintOf(error));
      }
      options.log.error("command failed", { command: command.name, platform: request.platform, error });
      report(command.name, "failed");
      return errorDocument(FAILURE_APOLOGY);
    }
  }

  function reporter(request: CommandRequest): Report {
    const started = clock();
    return (command, outcome) => {
      try {
        options.observe?.({ platform: request.platform, command, outcome, seconds: Math.max(0, clock() - started) });
      } catch (error) {
        options.log.warn("could not record a command's metrics", { error });
      }
    };
  }

  return {
    commands: options.commands,
    async handle(text, request) {
      const report = reporter(request);
      const trimmed = text.trim();
      const isSlash = /^\/brief\b/i.test(trimmed);
      const body = isSlash ? trimmed.replace(/^\/brief\b/i, "") : trimmed;
      const choice = choose(tokenize(body), isSlash);
      if (choice.kind === "reply") {
        report("unknown", "invalid");
        return choice.document;
      }
      const { command, words } = choice;
      return answer(command, () => textInput(command, words), request, report);
    },
    async invoke(invocation, request) {
      const report = reporter(request);
      const command = byName.get(invocation.command);
      if (!command) {
        report("unknown", "invalid");
        return unknown(invocation.command);
      }
      return answer(command, () => optionInput(command, invocation.options), request, report);
    },
  };
}

type Report = (command: string, outcome: DispatchObservation["outcome"]) => void;

/** A usage error may carry the command's usage as a hint (src/dispatch/usage.ts). */
function hintOf(error: UserError): string | undefined {
  const hint = (error as UserError & { hint?: unknown }).hint;
  return typeof hint === "string" ? hint : undefined;
}

const HELP_HINT = "Type /brief help to see every command, or /brief ask <question> to ask in plain words.";

const QUESTION_WORDS = new Set([
  "who",
  "what",
  "when",
  "where",
  "why",
  "how",
  "which",
  "did",
  "does",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "can",
]);

/** "/brief what did he say?" is a question, not a topic called "what-did-he-say". */
function looksLikeQuestion(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase() ?? "";
  return words.some((word) => word.endsWith("?")) || (words.length > 2 && QUESTION_WORDS.has(first));
}
