import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: a second verb of saying that shares the first one's subject, and "they" after a group
// that opened an earlier sentence.

describe("'X says A, but conceded that B' reports both clauses, both X's", () => {
  it.each([
    [
      "Ada Fenn, an adviser to the port board, says the main goal is to cut fares, but conceded that costs were a growing concern.",
      ["the main goal is to cut fares", "costs were a growing concern"],
    ],
    [
      "Ada Fenn said the ferry was safe, and later admitted that two inspections had been missed.",
      ["the ferry was safe", "two inspections had been missed"],
    ],
  ])("%s", (text, said) => {
    expect(quotesOf(text)).toEqual(said.map((clause) => ["indirect", "Ada Fenn", clause]));
  });
  it("'X condemned Y and said …' reports what was said", () => {
    expect(quotesOf("Ada Fenn condemned the strike and said the port would stay open.")).toEqual([
      ["indirect", "Ada Fenn", "the port would stay open"],
    ]);
  });
});

describe("'they' after a group that opened an earlier sentence", () => {
  it.each([
    ["Dock workers walked out on Monday. They also said that the company was trying to move jobs overseas.", "(Dock workers)"],
    ["Democrats blocked the bill. They said the fees were too high.", "(Democrats)"],
  ])("%s", (text, speaker) => {
    expect(quotesOf(text).map(([, who]) => who)).toEqual([speaker]);
  });
  it("a single person before is never 'they'", () => {
    expect(quotesOf("Ada Fenn blocked the bill. They said the fees were too high.")).toEqual([]);
  });
});
