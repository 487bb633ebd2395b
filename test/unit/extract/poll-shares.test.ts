import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: shares of a group that answered a poll speak as that share of the group.

describe("a share of a group is the speaker", () => {
  it.each([
    [
      "More than 6 in 10 Republicans who attended the meetings described themselves as regular ferry users.",
      "(More than 6 in 10 Republicans who attended the meetings)",
      "themselves as regular ferry users",
    ],
    [
      "Among Democrats, about two-thirds of caucus attendees described themselves as strong supporters of the port.",
      "(about two-thirds of caucus attendees)",
      "themselves as strong supporters of the port",
    ],
  ])("%s", (text, speaker, said) => {
    expect(quotesOf(text)).toEqual([["indirect", speaker, said]]);
  });
  it("'with X saying …' after the object is the writer's next fact", () => {
    expect(
      quotesOf(
        "Among voters, about two-thirds of ferry users described themselves as regular riders of the night boat with about three in 10 saying they ride daily.",
      ),
    ).toEqual([["indirect", "(about two-thirds of ferry users)", "themselves as regular riders of the night boat"]]);
  });
});
