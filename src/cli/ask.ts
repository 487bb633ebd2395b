import { z } from "zod";
import { askCommand as chatAsk } from "../../commands/ask.ts";
import { createAsker } from "../query/ask/asker.ts";
import { AskResultSchema } from "../query/ask/types.ts";
import type { RootCommand } from "../store/conversation-types.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { createStoreThreadRegistry } from "../threads/store-thread-registry.ts";
import type { CliCommand, CliContext } from "./types.ts";
import { chatVerb, splitVerbArgs } from "./verb-args.ts";

const USAGE = 'brief ask [--thread ID] [--json] "QUESTION"';
/** The terminal's thread ids share one channel, so `brief topic … --thread t1` and `brief ask --thread t1` meet. */
export const CLI_THREAD_CHANNEL = "cli";
/** The question is read as `/brief ask` reads it. */
const QUESTION = chatVerb(chatAsk);

export const askCommand: CliCommand = {
  name: "ask",
  readsFacts: true,
  summary: "Ask in plain words: a short cited answer, or “the articles don't say” with the nearest facts",
  usage: USAGE,
  details: [
    "--thread ID continues a conversation: pronouns (he, she, they, that) and “what else” resolve from its earlier",
    "turns and its parent (brief topic SLUG --thread ID makes a brief the parent). Threads are kept in the store.",
    "--json prints { answer, answered, citations: [{ articleId, source, url, sentence }], facts, … }.",
    "Exit codes: 0 answered, 1 the articles don't say (the nearest facts are still printed), 2 usage error.",
  ].join("\n"),
  run: async (args, ctx) => {
    const { options, words } = splitVerbArgs(
      args,
      { thread: "string", json: "boolean" },
      QUESTION.flags,
      z.object({ thread: z.string().trim().min(1, "expected a thread id").max(200).optional(), json: z.boolean().default(false) }),
      USAGE,
    );
    const { question } = QUESTION.read(words, USAGE);
    const asker = createAsker({ store: ctx.store() });
    const thread = options.thread ? { platform: "console" as const, channel: CLI_THREAD_CHANNEL, threadId: options.thread } : null;
    const result = AskResultSchema.parse(await asker.answer(question, thread));
    if (options.json) ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const sources = result.citations.map((c, i) => `  [${i + 1}] ${c.source}, ${c.published}: ${c.title}${c.url ? ` <${c.url}>` : ""}`);
      ctx.io.stdout.write(`${stripControlChars([result.answer, ...(sources.length > 0 ? ["", ...sources] : [])].join("\n"))}\n`);
    }
    // why: the README's promise for every query: 1 when nothing was found, so scripts can tell.
    return result.answered ? 0 : 1;
  },
};

/**
 * Makes an answered brief (`brief topic SLUG --thread ID`) the parent of the terminal's thread ID, so
 * `brief ask --thread ID "what did he say…"` has its context.
 */
export function markCliThreadRoot(ctx: CliContext, threadId: string, root: RootCommand, command: string): void {
  const registry = createStoreThreadRegistry({ store: ctx.store(), topics: ctx.config.file.topics });
  void registry.markBotThread("console", CLI_THREAD_CHANNEL, threadId, { command, summary: command, root });
}
