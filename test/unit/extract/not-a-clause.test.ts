import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: words after a verb of saying that are an object or a setting, not a reported clause
// (issue 14: a fact left out beats a false one).
const INTRO = "Orla Brennick, the chair of the Harbour Traders Association, met the council on Monday.";

describe("objects and settings after a verb of saying", () => {
  it.each([
    ["an object led by an '-ed' adjective", "Late last month, the company wrote a detailed, six-page letter to the harbour board."],
    [
      "a setting after the verb and its date",
      "The harbour is open to every boat, Brennick insisted Thursday during a tour of morning news shows.",
    ],
  ] as const)("reports nothing for %s", (_name, paragraph) => {
    expect(
      quotesOf(`${INTRO}\n\n${paragraph}`)
        .filter(([kind]) => kind === "indirect")
        .map(([, , text]) => text),
    ).not.toContainEqual(expect.stringMatching(/^(a detailed|during)/));
  });

  it("still reads a clause whose subject has an '-ed' adjective", () => {
    expect(quotesOf(`${INTRO}\n\nBrennick admitted the revised numbers were worse than expected.`)).toContainEqual([
      "indirect",
      "Orla Brennick",
      "the revised numbers were worse than expected",
    ]);
  });
});
