import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askWork } from "../../../src/query/ask/ask.ts";
import { llmFromConfig } from "../../../src/query/ask/llm/llm-from-config.ts";
import { createLlmPhraser } from "../../../src/query/ask/llm/llm-phraser.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { type FakeLlm, type FakeLlmMode, startFakeLlm } from "../../support/fake-llm.ts";
import { seedStore } from "./seed-asking.ts";

const QUESTION = "What did Ulgen say about sanctions?";
let store: FactStore;
let fake: FakeLlm;

beforeAll(async () => {
  store = await seedStore();
  fake = await startFakeLlm();
});
afterAll(async () => {
  await fake.close();
  store.close();
});

async function phrase(mode: FakeLlmMode, question = QUESTION) {
  fake.mode = mode;
  // why: only the model that never answers meets the short timeout; every other reply gets a minute.
  const timeoutMs = mode === "slow" ? 300 : 60_000;
  const phraser = createLlmPhraser({ baseUrl: fake.baseUrl, model: "fake-model", apiKey: "sk-test", timeoutMs }, fetch);
  const work = askWork(store, question);
  return { extractive: work.result, phrased: await phraser.phrase(question, work) };
}

describe("the optional language model", () => {
  it("keeps a reply whose sentences the cited facts support, and says so", async () => {
    const { phrased } = await phrase("good");
    expect(phrased.composer).toBe("llm");
    expect(phrased.answered).toBe(true);
    expect(phrased.answer).toContain("jeopardized");
    expect(phrased.citations.length).toBeGreaterThan(0);
  });

  it("sends only the retrieved facts, the model name and the key from the environment", async () => {
    await phrase("good");
    const last = fake.requests.at(-1);
    expect(last?.model).toBe("fake-model");
    expect(last?.messages.at(-1)?.content).toContain("[1] (quote");
    expect(fake.authorization.at(-1)).toBe("Bearer sk-test");
  });

  it("drops an unsupported sentence and keeps the supported one", async () => {
    const { phrased } = await phrase("mixed");
    expect(phrased.composer).toBe("llm");
    expect(phrased.answer).not.toContain("40,000");
    expect(phrased.answer).toContain("jeopardized");
  });

  it.each(["unsupported", "invented", "uncited", "no-answer", "broken-json", "wrong-shape", "http-500", "slow"] as const)(
    "falls back to the extractive answer when the model's reply is %s",
    async (mode) => {
      const { extractive, phrased } = await phrase(mode);
      expect(phrased).toEqual(extractive);
      expect(phrased.composer).toBe("extractive");
    },
  );

  it("drops a quote the model invented for a real speaker, and keeps the extractive answer", async () => {
    const { extractive, phrased } = await phrase("invented");
    expect(phrased.answer).not.toContain("Geneva");
    expect(phrased).toEqual(extractive);
  });

  it("may choose among the retrieved facts that passed the checks, not only the one the answer used", async () => {
    await phrase("good", "What did Kalin say about Russia?");
    const facts = (fake.requests.at(-1)?.messages.at(-1)?.content ?? "").match(/^\[\d+\]/gm) ?? [];
    expect(facts.length).toBeGreaterThan(1);
  });

  it("is not consulted for a question the articles cannot answer", async () => {
    const before = fake.requests.length;
    const { phrased } = await phrase("good", "What did Kalin say about the moon landing?");
    expect(phrased.answered).toBe(false);
    expect(fake.requests.length).toBe(before);
  });

  it("is off without config, and off when the key variable is unset", () => {
    const config = { baseUrl: fake.baseUrl, model: "m", apiKeyEnv: "FAKE_LLM_KEY", timeoutMs: 500 };
    expect(llmFromConfig(undefined, {}, fetch)).toBeNull();
    expect(llmFromConfig(config, {}, fetch)).toBeNull();
    expect(llmFromConfig(config, { FAKE_LLM_KEY: "k" }, fetch)).not.toBeNull();
  });
});
