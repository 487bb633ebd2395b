import { describe, expect, it } from "vitest";
import { fromQuote } from "../../../src/query/ask/candidates.ts";
import { factLine } from "../../../src/query/ask/compose.ts";
import type { QuoteRow } from "../../../src/store/rows.ts";

function indirect(text: string): QuoteRow {
  return {
    id: 1,
    text,
    kind: "indirect",
    speaker_id: null,
    speaker_name: "Port officials",
    speaker_role: null,
    speaker_description: null,
    via: null,
    said_date: null,
    said_precision: null,
    said_basis: null,
    said_phrase: null,
    score: 0,
    article_id: "a1",
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
