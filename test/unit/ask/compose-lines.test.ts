import { describe, expect, it } from "vitest";
import { fromQuote } from "../../../src/query/ask/candidates.ts";
import { factLine } from "../../../src/query/ask/compose.ts";
import type { CitedQuote } from "../../../src/store/fact-types.ts";

function indirect(text: string): CitedQuote {
  return {
    id: 1,
    text,
    kind: "indirect",
    speakerId: null,
    speakerName: "Port officials",
    speakerRole: null,
    speakerDescription: null,
    via: null,
    saidDate: null,
    saidPrecision: null,
    saidBasis: null,
    saidPhrase: null,
    score: 0,
    articleId: "a1",
    source: "Harbour Post",
    published: "2024-03-02",
    url: "https://harbour.example/a1",
    title: "Port reopens",
    sentence: `${text}, port officials said.`,
    start: 0,
    end: text.length,
  };
}

describe("answer lines: reported speech reads as one sentence", () => {
  it.each([
    ["After two weeks of repairs, the north quay will reopen", "that after two weeks of repairs, the north quay will reopen"],
    ["The ferries will run again on Monday", "that the ferries will run again on Monday"],
    ["Vellmar Shipping will pay for the damage", "that Vellmar Shipping will pay for the damage"],
    ["I expect no delays", "that I expect no delays"],
  ])("%s", (text, expected) => {
    expect(factLine(fromQuote(indirect(text)))).toContain(expected);
  });
});
