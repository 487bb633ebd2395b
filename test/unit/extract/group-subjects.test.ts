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
