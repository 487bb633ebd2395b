import { z } from "zod";
import { defineCommand, stringArg } from "../src/dispatch/command.ts";
import type { AskResult } from "../src/query/ask/types.ts";
import { type Block, type Document, errorDocument } from "../src/render/document.ts";

/**
 * `/brief ask <question>`, and every plain question (the dispatcher routes text without a command here).
 * In a thread, the thread's context answers "he" and "that", and both turns are remembered.
 */
export const askCommand = defineCommand({
  name: "ask",
  summary: "A short answer with citations, or a plain “the articles don't say”",
  examples: ["/brief ask who is <name>?", "/brief ask what did <name> say about <subject>?", "/brief ask what happened in <month year>?"],
  args: {
    question: stringArg(z.string(), { description: "Your question, in plain words", required: true, maxLength: 500, text: "question" }),
  },
  fallback: "question",
  run: async ({ question }, deps, request) => {
    if (!deps.ask) return errorDocument("Questions are not available here yet.", "Try /brief help for the commands that work today.");
    const thread = request.threadId ? { platform: request.platform, channel: request.channelId, threadId: request.threadId } : null;
    return askDocument(await deps.ask.answer(question, thread));
  },
});

/** The answer as a Document: the answer paragraph citing numbered sources, then the sources. */
export function askDocument(result: AskResult): Document {
  const text = result.answer.replace(/\s*(\[\d+\])+/g, "").trim();
  const cites = result.citations.map((_, index) => index + 1);
  const blocks: Block[] = [{ type: "paragraph", text, cites }];
  if (result.citations.length > 0) {
    blocks.push({
      type: "sources",
      sources: result.citations.map((citation, index) => ({
        n: index + 1,
        title: citation.title,
        outlet: citation.source,
        date: citation.published,
        url: citation.url,
      })),
    });
  }
  if (!result.answered)
    blocks.push({ type: "hint", text: "Ask about a person, a date or a subject the articles cover; /brief sources lists them." });
  return {
    summary: text.length > 150 ? `${text.slice(0, 149)}…` : text,
    blocks,
    ...(result.answered ? {} : { outcome: "refused" as const }),
  };
}
