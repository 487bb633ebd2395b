import type { ThreadKey } from "../../store/conversation-types.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import type { ThreadStore } from "../../store/ports/thread-store.ts";
import type { AliasKeyCache } from "../alias-key-cache.ts";
import { askWork } from "./ask.ts";
import { createAskCaches } from "./ask-caches.ts";
import type { Candidate } from "./candidates.ts";
import type { LlmPhraser } from "./llm/llm-phraser.ts";
import { findNames } from "./question-names.ts";
import { contextOf, rememberExchange } from "./thread-memory.ts";
import type { AskResult } from "./types.ts";

/** The ask service commands and the CLI use: answers in a thread's context and remembers the exchange. */
export type Asker = {
  /** Answers `question`; with a thread key, reads that thread's context first and appends both turns after. */
  answer(question: string, thread?: ThreadKey | null): Promise<AskResult>;
};

export type AskerOptions = {
  store: FactReader & ThreadStore;
  /** Optional language model that rephrases the extractive answer; every sentence it writes is checked. */
  llm?: LlmPhraser | null;
  now?: () => string;
  /** The store's alias-key cache (alias-key-cache.ts), shared with its other readers; one of its own otherwise. */
  aliasKeys?: AliasKeyCache;
};

export function createAsker(options: AskerOptions): Asker {
  const now = options.now ?? (() => new Date().toISOString());
  // why: one asker, one store: what it remembers between questions lives and dies with it, emptied on writes.
  const caches = createAskCaches(options.store, options.aliasKeys);
  return {
    async answer(question, thread) {
      const record = thread ? options.store.getThread(thread) : null;
      const work = askWork(options.store, question, contextOf(record), caches);
      const result = options.llm && work.result.answered ? await options.llm.phrase(question, work) : work.result;
      if (thread) {
        const factIds = work.used.map((fact) => fact.id).filter((id) => !id.startsWith("r:"));
        // why: after "the articles don't say", the nearest fact shown is who a follow-up's "he" or "she" most
        // likely means ("who said …?" refused, its nearest fact a quote of the person asked about).
        const shown = work.result.answered ? work.used : (work.nearest ?? []).slice(0, 1);
        const speakers = shown.flatMap((fact) =>
          fact.entityId !== null ? [fact.entityId] : peopleNamedIn(options.store, caches.aliasKeys, fact),
        );
        rememberExchange(options.store, thread, record, { question, result, factIds, speakers, at: now() });
      }
      return result;
    },
  };
}

/**
 * The people a fact without a speaker names ("Sanders said on Monday that …" as a sentence): why: a follow-up's
 * "he" means them, and a sentence fact carries no speaker id of its own.
 */
function peopleNamedIn(store: FactReader, aliasKeys: AliasKeyCache, fact: Candidate): string[] {
  if (fact.type !== "sentence" && fact.type !== "event") return [];
  return findNames(store, fact.citation.sentence, aliasKeys)
    .found.filter((name) => name.entity.type === "person")
    .map((name) => name.entity.id);
}
