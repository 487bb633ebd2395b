import { tokenize } from "../../commands/lib/tokenize.ts";
import type { AnyCommand, CommandDeps, CommandRequest } from "../../commands/lib/types.ts";
import { UserError } from "../domain/errors.ts";
import type { Logger } from "../log/logger.ts";
import type { QueryEngine } from "../query/types.ts";
import { type Document, errorDocument } from "../render/document.ts";
import { closestMatches } from "../text/similarity.ts";
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
}): Dispatcher {
  const clock = options.clock ?? (() => performance.now() / 1000);
  const deps: CommandDeps = { ...options.deps, query: options.deps.query ?? unavailableQueryEngine(), commands: options.commands };
  const byName = new Map(options.commands.map((command) => [command.name, command]));
  const isTopic = (word: string) => deps.topics.some((topic) => topic.slug === word.toLowerCase());

  function choose(words: readonly string[], isSlash: boolean): { command: AnyCommand; words: readonly string[] } | Document {
    const [first, ...rest] = words;
    if (first === undefined) return { command: byName.get("help") as AnyCommand, words: [] };
    const named = byName.get(first.toLowerCase());
    const ask = byName.get("ask");
    // why: "who is the adviser?" reads as a question, not as `who` looking up someone called "is the adviser?".
    if (named?.name === "who" && ask && /^(is|was|are|were)$/i.test(rest[0] ?? "")) return { command: ask, words };
    if (named) return { command: named, words: rest };
    // why: "topic" is never typed (`/brief <topic>`), so it is no "did you mean" for a typo.
    const nearCommands = closestMatches(
      first,
      [...byName.keys()].filter((name) => name !== "topic"),
    );
    if (isSlash && nearCommands.length > 0 && !isTopic(first)) {
      return errorDocument(
        `I don't know the command "${first}". Did you mean ${nearCommands.map((g) => `/brief ${g}`).join(" or ")}?`,
        HELP_HINT,
      );
    }
    const topic = byName.get("topic");
    // why: `/brief <anything>` is a topic (the topic command suggests the nearest slug); bare text is a
    // topic only when it names one, otherwise it is a question.
    if (topic && (isTopic(first) || (isSlash && !looksLikeQuestion(words)))) return { command: topic, words };
    if (ask && (!isSlash || looksLikeQuestion(words))) return { command: ask, words };
    const guesses = closestMatches(first, [...byName.keys(), ...deps.topics.map((t) => t.slug)]);
    return errorDocument(
      `I don't know the command "${first}".${guesses.length > 0 ? ` Did you mean ${guesses.map((g) => `/brief ${g}`).join(" or ")}?` : ""}`,
      HELP_HINT,
    );
  }

  return {
    async handle(text, request) {
      const started = clock();
      const report = (command: string, outcome: DispatchObservation["outcome"]) => {
        try {
          options.observe?.({ platform: request.platform, command, outcome, seconds: Math.max(0, clock() - started) });
        } catch (error) {
          options.log.warn("could not record a command's metrics", { error });
        }
      };
      const trimmed = text.trim();
      const isSlash = /^\/brief\b/i.test(trimmed);
      const body = isSlash ? trimmed.replace(/^\/brief\b/i, "") : trimmed;
      const choice = choose(tokenize(body), isSlash);
      if ("blocks" in choice) {
        report("unknown", "invalid");
        return choice;
      }
      const name = choice.command.name;
      try {
        const doc = await choice.command.execute(choice.words, deps, request);
        report(name, doc.outcome ?? "answered");
        return doc;
      } catch (error) {
        if (error instanceof UserError) {
          report(name, "invalid");
          return errorDocument(error.message, hintOf(error));
        }
        options.log.error("command failed", { command: name, platform: request.platform, error });
        report(name, "failed");
        return errorDocument("Sorry, something went wrong while answering that. It has been logged; please try again.");
      }
    },
  };
}

/** A usage error may carry the command's usage as a hint (commands/lib/usage.ts). */
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
