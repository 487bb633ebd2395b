import { describe, expect, it } from "vitest";
import { opensMidSentence, pickQuotes } from "../../../src/query/brief-quotes.ts";
import type { QuoteItem } from "../../../src/query/types.ts";

// Invented quotes: how the key quotes are ranked, without a store.
function quote(id: string, text: string, speaker: string, kind: QuoteItem["kind"] = "direct"): QuoteItem {
  return {
    id,
    text,
    kind,
    speaker: { name: speaker, entityId: `e:${speaker}`, role: null, description: null },
    via: null,
    saidOn: null,
    citation: {
      articleId: "a1",
      source: "Harbour Gazette",
      published: "2024-05-08",
      url: "https://example.org/a1",
      title: "Ferry talks",
      sentence: text,
      start: 0,
      end: text.length,
    },
  } as QuoteItem;
}

describe("key quotes: full quotes over fragments", () => {
  it("tells a quote cut from mid-sentence", () => {
    expect(opensMidSentence("is not holding talks of any kind with the island council")).toBe(true);
    expect(opensMidSentence("“…and the ferry will run again")).toBe(true);
    expect(opensMidSentence("The ferry will run again in June")).toBe(false);
  });

  it("ranks a full direct quote above a longer one that opens mid-sentence, the store's ranks being close", () => {
    const fragment = quote(
      "q1",
      "is not holding talks of any kind with the island council, and he will not hold them this spring either",
      "Ana Velk",
    );
    const full = quote("q2", "The ferry will run again once the council and the crew agree on the winter timetable", "Piet Moor");
    // reported speech fills out the store's list (as in a real topic) and is never shown itself
    const reported = Array.from({ length: 20 }, (_, i) =>
      quote(`r${i}`, `the ferry crew would meet the council on day ${i}`, "Crew", "indirect"),
    );
    const picked = pickQuotes([fragment, full, ...reported], new Map(), []);
    expect(picked.map((q) => q.id)).toEqual(["q2", "q1"]);
  });
});
