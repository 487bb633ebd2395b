import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: unnamed groups as speakers of reported speech, a class missed on news from outlets the
// extractor was not written for (issue 14): an adjective before a plural noun for people, a political camp,
// and a head noun with a postmodifier ("close to", "familiar with") that stays in the description.
const INTRO = "Orla Brennick, the chair of the Harbour Traders Association, met the council on Monday.";

describe("unnamed groups that speak", () => {
  it.each([
    [
      "an adjective before a '-men' plural",
      "Local fishermen said that they have a new argument against the plan.",
      "(Local fishermen)",
      "they have a new argument against the plan",
    ],
    [
      "a political camp",
      "Social conservatives say the bills are necessary to protect the harbour.",
      "(Social conservatives)",
      "the bills are necessary to protect the harbour",
    ],
    [
      "a head noun with a postmodifier",
      "Multiple sources close to the talks say it is the council that insisted on acting now.",
      "(Multiple sources close to the talks)",
      "it is the council that insisted on acting now",
    ],
    [
      "a capitalised role noun opening the sentence, with a postmodifier",
      "Sources close to the talks say it is the council that insisted on acting now.",
      "(Sources close to the talks)",
      "it is the council that insisted on acting now",
    ],
  ] as const)("credits %s", (_name, paragraph, speaker, text) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(["indirect", speaker, text]);
  });
});

// Invented: a party-state note whose abbreviation ends in a full stop before the comma, after the quote.
describe("a party-state note ending in a full stop", () => {
  it.each([
    ["after a quote", `"That is not our view," Ada Fenn, D-Calif., said.`, "That is not our view,"],
    [
      "on the second half of a broken quote",
      `"There has been a lot of talk about the pier," Senate Majority Leader Ada Fenn, R-Ky., said. "That is not the view of the traders."`,
      "That is not the view of the traders.",
    ],
  ] as const)("credits the named speaker %s", (_name, paragraph, text) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(["direct", "Ada Fenn", text]);
  });
});

// Invented: a second share of those asked, coordinated after the first; a comparison the writer adds.
describe("shares of those asked, coordinated or compared", () => {
  it("splits 'A said X, but six in 10 said Y' into two statements", () => {
    const quotes = quotesOf(
      `${INTRO}\n\nAbout three in 10 said they prefer the next chair to pursue a bolder plan, but six in 10 said they want the chair to keep the old one.`,
    );
    expect(quotes).toContainEqual(["indirect", "(About three in 10)", "they prefer the next chair to pursue a bolder plan"]);
    expect(quotes).toContainEqual(["indirect", "(six in 10)", "they want the chair to keep the old one"]);
  });

  it("ends the clause before ', compared with'", () => {
    const quotes = quotesOf(
      `${INTRO}\n\nAlmost half said they wanted a chair from outside the association, compared with four in 10 who said they preferred someone with experience.`,
    );
    expect(quotes).toContainEqual(["indirect", "(Almost half)", "they wanted a chair from outside the association"]);
  });
});

// Invented: those asked in a poll, as the subject of what they said.
describe("those surveyed", () => {
  it.each([
    [
      "after a leading adverb",
      "Again, those surveyed said Brennick was best able to handle the issue.",
      "(those surveyed)",
      "Brennick was best able to handle the issue",
    ],
    [
      "opening the sentence",
      "Those polled said the fees were too high for the smaller boats.",
      "(Those polled)",
      "the fees were too high for the smaller boats",
    ],
  ] as const)("credits them %s", (_name, paragraph, speaker, text) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(["indirect", speaker, text]);
  });
});
