import type { AskWork } from "../ask.ts";
import { buildResult } from "../result.ts";
import type { AskResult } from "../types.ts";
import { supportedLines } from "./check-reply.ts";
import { complete, type FetchLike, type LlmSettings } from "./llm-client.ts";
import { buildPrompt } from "./llm-prompt.ts";

const MAX_FACTS = 5;

/** Rephrases an extractive answer with a language model; on any failure returns the extractive one. */
export type LlmPhraser = { phrase(question: string, work: AskWork): Promise<AskResult> };

/**
 * The optional language model. It sees only the facts that passed the same checks as the extractive answer (at
 * most five, the answer's own first), and may choose among them; what it writes is
 * kept sentence by sentence only where those facts support it. A timeout, an error, "NO ANSWER" or a reply
 * with no supported sentence leaves the extractive answer as it was. Network access is the injected fetch
 * (main.ts passes the global fetch; src/query does no I/O of its own), so tests talk to a fake endpoint on 127.0.0.1.
 */
export function createLlmPhraser(settings: LlmSettings, fetchImpl: FetchLike): LlmPhraser {
  return {
    async phrase(question, work) {
      // why: the model may choose among the facts that passed every check, the answer's own first; nothing else.
      const passed = work.judged.filter((entry) => entry.supported).map((entry) => entry.candidate);
      const facts = [...new Map([...work.used, ...passed].map((fact) => [fact.id, fact])).values()].slice(0, MAX_FACTS);
      if (!work.result.answered || facts.length === 0) return work.result;
      const reply = await complete(settings, buildPrompt(question, facts), fetchImpl);
      if (reply === null) return work.result;
      const lines = supportedLines(reply, facts);
      if (lines.length === 0) return work.result;
      return { ...buildResult(lines, true, work.result.entities), composer: "llm" };
    },
  };
}
