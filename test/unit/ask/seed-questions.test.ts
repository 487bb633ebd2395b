import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { askInThread, failure, loadQuestions, seedStore } from "./seed-asking.ts";

const questions = loadQuestions();
let store: FactStore;

beforeAll(async () => {
  store = await seedStore();
});
afterAll(() => store.close());

describe("the seed question set (written before tuning)", () => {
  it("answers at least 90% correctly, thread chains through the real thread mechanism", async () => {
    const failures: string[] = [];
    for (const item of questions) {
      const result = await askInThread(store, item);
      const why = failure(item, result);
      if (why) failures.push(`${item.id} "${item.question}": ${why}\n    got: ${result.answer.slice(0, 200)}`);
    }
    const score = (questions.length - failures.length) / questions.length;
    expect(score, `${failures.length}/${questions.length} wrong:\n${failures.join("\n")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("gives no answer at all to any question the articles cannot answer", async () => {
    const wrong: string[] = [];
    for (const item of questions.filter((question) => !question.answered)) {
      const result = await askInThread(store, item);
      if (result.answered) wrong.push(`${item.id} "${item.question}": ${result.answer.slice(0, 200)}`);
      else if (!/^The articles don't (say|mention)/.test(result.answer)) wrong.push(`${item.id}: refusal wording: ${result.answer}`);
    }
    expect(wrong, wrong.join("\n")).toEqual([]);
  });

  it("cites a source sentence for every answered question", async () => {
    for (const item of questions.filter((question) => question.answered)) {
      const result = await askInThread(store, item);
      if (!result.answered) continue;
      expect(result.citations.length, item.id).toBeGreaterThan(0);
      for (const citation of result.citations) expect(citation.sentence.length, item.id).toBeGreaterThan(0);
      for (const fact of result.facts) expect(result.citations[fact.citation], item.id).toBeDefined();
    }
  });
});
