import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: a temporal clause of saying that opens the sentence, a call on a titled person with a
// party in brackets, and "said only that".

describe("'After / When X said that …, Y …' reports the temporal clause too", () => {
  it("with a second report in the main clause", () => {
    expect(
      quotesOf(
        "After Ada Fenn argued that the ferry should not be cut but paid for with new fees, Bram Tollens said only that her numbers do not add up.",
      ),
    ).toEqual([
      ["indirect", "Ada Fenn", "the ferry should not be cut but paid for with new fees"],
      ["indirect", "Bram Tollens", "her numbers do not add up"],
    ]);
  });
  it("with a main clause that reports nothing", () => {
    expect(quotesOf("When Ada Fenn suggested that the port would sue the city, Bram Tollens laughed.")).toEqual([
      ["indirect", "Ada Fenn", "the port would sue the city"],
    ]);
  });
  it("before a quotation the main clause introduces", () => {
    expect(
      quotesOf(
        'When Ada Fenn suggested that the port would sue the city for breaking the deal, Bram Tollens fired back: "If they sue us, they will lose."',
      ),
    ).toEqual([
      ["direct", "Bram Tollens", "If they sue us, they will lose."],
      ["indirect", "Ada Fenn", "the port would sue the city for breaking the deal"],
    ]);
  });
  it.each([
    "When the mayor said that, the crowd cheered.",
    "If Ada Fenn said that the ferry would stop, nobody would believe her.",
    "Though Ada Fenn maintains that the port is safe, the inspectors disagree.",
  ])("a supposition, a concession or a bare 'that' reports nothing: %s", (text) => {
    expect(quotesOf(text).filter(([, speaker]) => speaker === "Ada Fenn")).toEqual([]);
  });
});

describe("calls on a titled person", () => {
  it("'called on Gov. X (R) to …'", () => {
    expect(quotesOf("On Saturday, Sen. Ada Fenn (D-Md.) called on Harbor Gov. Bram Tollens (R) to resign over the ferry crisis.")).toEqual([
      ["indirect", "Ada Fenn", "Harbor Gov. Bram Tollens (R) to resign over the ferry crisis"],
    ]);
  });
});

describe("subjects with a word between them and the verb", () => {
  it.each([
    ["Ada Fenn, in her campaign, suggested she'll turn to her husband for advice.", "Ada Fenn", "she'll turn to her husband for advice"],
    [
      "Advisers to a rival campaign even suggest a late challenger might be able to win.",
      "(Advisers)",
      "a late challenger might be able to win",
    ],
    [
      "Ada Fenn and Bram Tollens have both urged the port board to release the tapes of the meeting.",
      "Ada Fenn and Bram Tollens",
      "the port board to release the tapes of the meeting",
    ],
  ])("%s", (text, speaker, said) => {
    expect(quotesOf(text)).toEqual([["indirect", speaker, said]]);
  });
  it("'And both vowed …': 'both' is the subject itself", () => {
    expect(quotesOf("The two candidates spoke on Monday. And both vowed to be tougher on the ferry companies.")).toEqual([
      ["indirect", "(both)", "to be tougher on the ferry companies"],
    ]);
  });
});
