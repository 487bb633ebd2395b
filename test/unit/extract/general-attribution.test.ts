import { describe, expect, it } from "vitest";
import { extractText, quotesOf } from "./helpers.ts";

// Invented sentences, one per class of attribution error seen on news from outlets the extractor was not
// written for (issue 14). Each row: what it exercises, the article text, a quote it must yield
// [kind, speaker, text].
const INTRO = "Orla Brennick, the chair of the Harbour Traders Association, met the council on Monday.";

describe("quotation marks as archives print them", () => {
  it.each([
    ["two apostrophes as quotation marks", `''We will not move,'' Brennick said.`, ["direct", "Orla Brennick", "We will not move,"]],
    [
      "two apostrophes around a quote with an apostrophe inside",
      `Brennick said, ''It's the traders' money.''`,
      ["direct", "Orla Brennick", "It's the traders' money."],
    ],
  ] as const)("reads %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(expected);
  });
});

describe("speakers behind appositions, notes and descriptions", () => {
  it.each([
    [
      "two appositions between name and verb",
      `Mara Lind, a farm lobbyist who works with Green Fields, a growers' group, said the rains had "ruined the wheat crop" this year.`,
      ["partial", "Mara Lind", "ruined the wheat crop"],
    ],
    [
      "a party-state note after the name",
      `Rep. Dana Cole (D-Ore.) said the plan was "dead on arrival" in the House.`,
      ["partial", "Dana Cole", "dead on arrival"],
    ],
    [
      "a party-state note before an apposition",
      `Sen. Ivo Marsh (R-Utah), chair of the budget panel, said the bill was "a fiscal fantasy" and nothing more.`,
      ["partial", "Ivo Marsh", "a fiscal fantasy"],
    ],
    [
      "an organisation and a role noun before the name",
      `"This is a week where every minute counts," said GOP strategist Keith Nahler, a veteran of five campaigns.`,
      ["direct", "Keith Nahler", "This is a week where every minute counts,"],
    ],
    [
      "an adjective and a role noun before the name",
      `"The negatives keep rising," said Democratic pollster Stan Gorder.`,
      ["direct", "Stan Gorder", "The negatives keep rising,"],
    ],
    [
      "a leading adjunct with a weekday before the subject",
      `In a statement released Thursday, Rep. Hana Jeffs (D-N.Y.) reacted to the news, saying: "He should be in prison."`,
      ["direct", "Hana Jeffs", "He should be in prison."],
    ],
    [
      "a wire dateline before the subject",
      `RIVERTON — Sen. Carl Grasso on Wednesday praised the judge and said the ruling was "a wise decision" for the state.`,
      ["partial", "Carl Grasso", "a wise decision"],
    ],
  ] as const)("credits %s", (_name, paragraph, expected) => {
    expect(quotesOf(`${INTRO}\n\n${paragraph}`)).toContainEqual(expected);
  });

  it("never credits a weekday", () => {
    const speakers = extractText(`${INTRO}\n\nOn Thursday, Brennick replied, saying: "We are ready."`).quotes.map((q) => q.speaker.name);
    expect(speakers).not.toContain("Thursday");
  });
});
