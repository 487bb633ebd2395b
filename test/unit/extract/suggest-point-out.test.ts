import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: reported speech with "suggested" (a person's claim, never a poll's) and the phrasal
// "pointed out", classes missed on news from outlets the extractor was not written for (issue 14).
const INTRO = "Orla Brennick, the chair of the Harbour Traders Association, met the council on Monday.";

describe("suggestions and 'pointed out'", () => {
  it.each([
    [
      "a person suggests a clause",
      "Brennick suggested the council should pay for the new pier itself.",
      "the council should pay for the new pier itself",
    ],
    [
      "a person suggests that",
      "Brennick suggested that the council would be too ready to raise the fees.",
      "the council would be too ready to raise the fees",
    ],
    [
      "a person points out that",
      "Brennick pointed out that the council had never paid for the old pier.",
      "the council had never paid for the old pier",
    ],
  ] as const)("reads %s", (_name, paragraph, text) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(["indirect", "Orla Brennick", text]);
  });

  it.each([
    ["evidence that suggests", "Polls suggest the council would lose the vote next year."],
    ["projections that suggest", "Projections suggest the levy would raise nine million over a decade."],
    ["a suggested object, not a clause", "Brennick suggested a new pier for the smaller boats."],
    ["points out of a total", "The team scored 30 points out of a possible 40 in the final."],
    ["a denial, whose clause is what the speaker calls false", "Brennick denied that the association took money from the developers."],
  ] as const)("credits nothing for %s", (_name, paragraph) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toEqual([]);
  });
});
