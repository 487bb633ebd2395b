import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: "according to" crediting an analysis, a tally or a poll, which news annotation keeps as
// the (unnamed) source (issue 14); a plan or a rule still credits no one.
const INTRO = "Orla Brennick, the chair of the Harbour Traders Association, met the council on Monday.";

describe("'according to' a document or a tally", () => {
  it.each([
    [
      "an analysis",
      "The boat count rose by a third last year, according to an analysis of harbour records by the trust.",
      "(analysis of harbour records by the trust)",
      "The boat count rose by a third last year",
    ],
    [
      "a tally of networks",
      "The traders won the vote in the harbour, according to three television networks.",
      "(three television networks)",
      "The traders won the vote in the harbour",
    ],
    [
      "a named poll with a participle",
      "Brennick leads the race with 40 percent, according to a Harbour Gazette poll released Sunday.",
      "(Harbour Gazette poll released Sunday)",
      "Brennick leads the race with 40 percent",
    ],
    [
      "polling before the clause",
      "According to recent polling, the harbour plan is once again leading the field.",
      "(recent polling)",
      "the harbour plan is once again leading the field",
    ],
  ] as const)("credits %s", (_name, paragraph, speaker, text) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(["indirect", speaker, text]);
  });

  it("credits no one for a plan", () => {
    expect(quotesOf(`${INTRO}\n\nThe fees would double next year, according to the plan.`)).toEqual([]);
  });
});
