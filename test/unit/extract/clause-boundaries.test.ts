import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: where a reported clause ends. What the speaker said runs on past a participle of their own
// reasoning, a pair of dashes and a cleft's relative clause; the writer's framing after it is left out.

describe("a participle phrase inside the reported clause stays with it", () => {
  it.each([
    [
      "Harbour economists say the fee could ripple through the rest of the shipping trade, helping to keep freight prices down.",
      "(Harbour economists)",
      "the fee could ripple through the rest of the shipping trade, helping to keep freight prices down",
    ],
    [
      "Port historian Ada Fenn said the timing of the closure seems careless, considering the council is about to vote on the budget.",
      "Ada Fenn",
      "the timing of the closure seems careless, considering the council is about to vote on the budget",
    ],
  ])("%s", (text, speaker, said) => {
    expect(quotesOf(text)).toEqual([["indirect", speaker, said]]);
  });

  it("a consequence the writer adds (', leaving …', ', prompting …') is not part of it", () => {
    expect(quotesOf("Bram Tollens said the ferry board had sold the old terminal, leaving dozens of workers without a job.")).toEqual([
      ["indirect", "Bram Tollens", "the ferry board had sold the old terminal"],
    ]);
  });
});

describe("dashes", () => {
  it("a pair of dashes sets off an aside inside the clause", () => {
    expect(quotesOf("Bram Tollens said the board's plan -- new fees on trucks and fewer night ferries -- is bad for the harbour.")).toEqual(
      [["indirect", "Bram Tollens", "the board's plan -- new fees on trucks and fewer night ferries -- is bad for the harbour"]],
    );
  });
  it("'-- but …' continues the speaker's own contrast", () => {
    expect(quotesOf("Lena Ortiz said both candidates had promised lower fares -- but only she had kept her word.")).toEqual([
      ["indirect", "Lena Ortiz", "both candidates had promised lower fares -- but only she had kept her word"],
    ]);
  });
  it("a single dash before a gloss still ends the clause", () => {
    expect(quotesOf("Lena Ortiz said the ferry would run all winter — a first for the island.")).toEqual([
      ["indirect", "Lena Ortiz", "the ferry would run all winter"],
    ]);
  });
});

describe("a cleft keeps its relative clause", () => {
  it("'it's X who …' is one statement", () => {
    expect(quotesOf("Dock workers say it's the harbour board, not the unions, who insisted on closing the yard.")).toEqual([
      ["indirect", "(Dock workers)", "it's the harbour board, not the unions, who insisted on closing the yard"],
    ]);
  });
  it("a relative clause on the last noun is still the writer's gloss", () => {
    expect(quotesOf("Lena Ortiz said she had met Bram Tollens, who runs the night ferry.")).toEqual([
      ["indirect", "Lena Ortiz", "she had met Bram Tollens"],
    ]);
  });
});

describe("', while …'", () => {
  it("a contrast inside the statement stays in it", () => {
    expect(quotesOf("Lena Ortiz said the ferry was the busiest in the region, while the bridge ranked fourth.")).toEqual([
      ["indirect", "Lena Ortiz", "the ferry was the busiest in the region, while the bridge ranked fourth"],
    ]);
  });
  it("a second source after it ends the first one's clause", () => {
    expect(
      quotesOf("Lena Ortiz suggested that the ferry was too slow, while Bram Tollens said that the bridge was too costly.").filter(
        ([, speaker]) => speaker === "Lena Ortiz",
      ),
    ).toEqual([["indirect", "Lena Ortiz", "the ferry was too slow"]]);
  });
});

describe("a text the subject issued, with a participle of saying", () => {
  it("'shot back in an article stating that …'", () => {
    expect(quotesOf("The Harbour Gazette shot back in an article stating that the port was the busiest in the region.")).toEqual([
      ["indirect", "Harbour Gazette", "the port was the busiest in the region"],
    ]);
  });
});
