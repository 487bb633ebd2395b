import { describe, expect, it } from "vitest";
import type { SentenceItem } from "../../../src/corroborate/fact-items.ts";
import { figureConflicts } from "../../../src/corroborate/figure-conflicts.ts";
import { article } from "./builders.ts";

const said = (id: string, published: string, sentence: string): SentenceItem => ({
  article: { ...article(id, `${id} outlet`).facts.article, published },
  source: id,
  sentence,
});
const storm = (n: string) => `The storm that hit the Korrin coast killed ${n} people and flooded the harbour, officials said.`;
const values = (items: SentenceItem[]) => figureConflicts(items).map((c) => c.versions.map((v) => v.value));

describe("figure conflicts", () => {
  it("flags two counts of one thing told the same day", () => {
    expect(values([said("a", "2024-04-10", storm("seven")), said("b", "2024-04-10", storm("nine"))])).toEqual([["seven", "nine"]]);
  });

  it("flags a count that only grows falling in the later report", () => {
    expect(values([said("a", "2024-04-10", storm("nine")), said("b", "2024-04-11", storm("seven"))])).toEqual([["nine", "seven"]]);
  });

  it("reads a toll rising from one day's report to the next as news moving on", () => {
    expect(values([said("a", "2024-04-10", storm("seven")), said("b", "2024-04-11", storm("nine"))])).toEqual([]);
  });

  it("flags nothing when a bound allows both, or one source tells both", () => {
    expect(values([said("a", "2024-04-10", storm("at least seven")), said("b", "2024-04-10", storm("nine"))])).toEqual([]);
    expect(values([said("a", "2024-04-10", storm("seven")), { ...said("b", "2024-04-10", storm("nine")), source: "a" }])).toEqual([]);
  });

  it("flags nothing between figures in sentences about different things", () => {
    const other = "Seven people were killed when a lorry crashed on the ring road outside Korrin on Monday, police said.";
    expect(values([said("a", "2024-04-10", storm("nine")), said("b", "2024-04-10", other)])).toEqual([]);
  });
});
