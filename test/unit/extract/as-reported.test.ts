import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: reported information introduced by an "as" clause of saying (issue 14), and "as"
// clauses of time that credit no one.
const INTRO = "Orla Brennick, the chair of the Harbour Traders Association, met the council on Monday.";

describe("'As X reported, CLAUSE'", () => {
  it.each([
    [
      "an outlet with a time",
      "As the Harbour Courier reported just today, the port board issued subpoenas to the traders' fund.",
      "Harbour Courier",
      "the port board issued subpoenas to the traders' fund",
    ],
    [
      "'as reported by'",
      "As reported by the Harbour Courier, investigators found over 200 boats without licences.",
      "Harbour Courier",
      "investigators found over 200 boats without licences",
    ],
    [
      "a person who has noted",
      "As Brennick has noted, trust in the council is collapsing around the harbour.",
      "Orla Brennick",
      "trust in the council is collapsing around the harbour",
    ],
  ] as const)("credits %s", (_name, paragraph, speaker, text) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(["indirect", speaker, text]);
  });

  it.each([
    ["a verb of saying used for arriving", "As the team reported for practice, the coach was already on the field."],
    ["a clause of time", "As the fees rose, the traders left the harbour."],
  ] as const)("credits no one for %s", (_name, paragraph) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toEqual([]);
  });
});
