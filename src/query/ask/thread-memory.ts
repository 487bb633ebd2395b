import type { ThreadKey, ThreadRecord } from "../../store/conversation-types.ts";
import type { ThreadStore } from "../../store/ports/thread-store.ts";
import type { AskContext, AskResult } from "./types.ts";

const THREAD_FACTS_MAX = 60;

/** The ask context a stored thread gives: its parent's topic, facts and people, and its turns. */
export function contextOf(record: ThreadRecord | null): AskContext {
  if (!record) return { topic: null, factIds: [], entities: [], turns: [] };
  return { topic: record.topic, factIds: record.factIds, entities: record.entities, turns: record.turns };
}

/**
 * Records a question and its answer as two turns of the thread (creating the thread when the question
 * starts it), and puts the answer's facts first among the thread's facts so "when was that?" finds them.
 */
export function rememberExchange(
  store: ThreadStore,
  key: ThreadKey,
  record: ThreadRecord | null,
  exchange: { question: string; result: AskResult; factIds: readonly string[]; speakers: readonly string[]; at: string },
): void {
  const { question, result, at } = exchange;
  const factIds = [...new Set([...exchange.factIds, ...(record?.factIds ?? [])])].slice(0, THREAD_FACTS_MAX);
  store.putThread({
    ...key,
    topic: record?.topic ?? null,
    factIds,
    entities: record?.entities ?? result.entities,
    createdAt: record?.createdAt ?? at,
  });
  store.appendTurn(key, { author: "user", text: question.slice(0, 2000), entities: result.entities, at });
  const botEntities = [...new Set([...exchange.speakers, ...result.entities])];
  store.appendTurn(key, { author: "bot", text: result.answer, entities: botEntities, at });
}
