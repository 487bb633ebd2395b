import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { extractArticle } from "../../../src/extract/index.ts";
import { createAsker } from "../../../src/query/ask/asker.ts";
import type { AskResult } from "../../../src/query/ask/types.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { createStoreThreadRegistry } from "../../../src/threads/store-thread-registry.ts";
import { type SeedQuestion, SeedQuestionSchema } from "../../fixtures/ask/seed-question-schema.ts";
import { ingestSeedFixtures, TOPICS } from "../../fixtures/facts/seed-store.ts";

export type { SeedQuestion };

export function loadQuestions(): SeedQuestion[] {
  const path = fileURLToPath(new URL("../../fixtures/ask/seed-questions.json", import.meta.url));
  return z.object({ questions: z.array(SeedQuestionSchema) }).parse(JSON.parse(readFileSync(path, "utf8"))).questions;
}

/**
 * A fresh in-memory store with the two seed articles, through the real ingest path and the real extractor,
 * so the score is what a user of `npm start` gets (not what hand-made facts would allow).
 */
export async function seedStore(): Promise<FactStore> {
  const store = createSqliteStore({ path: ":memory:" });
  await ingestSeedFixtures(store, extractArticle);
  return store;
}

/**
 * Asks one question the way a chat thread would: a `/brief …` earlier item becomes the thread's root through
 * the persistent registry, a plain earlier item is asked first in the same thread.
 */
export async function askInThread(store: FactStore, item: SeedQuestion): Promise<AskResult> {
  const asker = createAsker({ store });
  const registry = createStoreThreadRegistry({ store, topics: TOPICS });
  const key = { platform: "console" as const, channel: "test", threadId: `t-${item.id}` };
  for (const earlier of item.thread ?? []) {
    if (earlier.startsWith("/"))
      await registry.markBotThread(key.platform, key.channel, key.threadId, { command: earlier, summary: earlier });
    else await asker.answer(earlier, key);
  }
  return asker.answer(item.question, item.thread ? key : null);
}

/** Why an answer does not count as correct, or null when it does. */
export function failure(item: SeedQuestion, result: AskResult): string | null {
  if (result.answered !== item.answered) return `answered=${result.answered}, expected ${item.answered}`;
  if (!item.answered) return null;
  const groups =
    (item.mustContainAny ?? []).length === 0
      ? []
      : Array.isArray(item.mustContainAny?.[0])
        ? (item.mustContainAny as string[][])
        : [item.mustContainAny as string[]];
  const text = result.answer.toLowerCase();
  const missed = groups.find((group) => !group.some((option) => text.includes(option.toLowerCase())));
  return missed ? `answer lacks any of ${JSON.stringify(missed)}` : null;
}
