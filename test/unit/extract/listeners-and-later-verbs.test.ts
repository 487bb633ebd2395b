import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: reported speech told to a listener named by a lowercase noun, a verb of saying after
// other verbs of the same subject, and what stays out (a concession inside the writer's clause, an inference).

describe("told + a lowercase listener + a clause without 'that'", () => {
  it.each([
    ["Mayor Ada Fenn told her audience they would not pay for the new bridge.", "they would not pay for the new bridge"],
    ["Mayor Ada Fenn told the crowd the ferry terminal would close in May.", "the ferry terminal would close in May"],
    ["Mayor Ada Fenn told her campaign staff she would not run again.", "she would not run again"],
  ])("%s", (text, said) => {
    expect(quotesOf(text)).toEqual([["indirect", "Ada Fenn", said]]);
  });
  it("an object that is no clause reports nothing", () => {
    expect(quotesOf("Mayor Ada Fenn told her audience a long story about the old ferry.")).toEqual([]);
  });
  it("'after telling his aides he …' reports the participle's clause", () => {
    expect(
      quotesOf("Bram Tollens spoke to the board on Monday. He left the meeting early after telling his aides he planned to resign."),
    ).toEqual([["indirect", "Bram Tollens", "he planned to resign"]]);
  });
});

describe("a verb of saying after the subject's other verbs still reports", () => {
  it("'X joked about A, praised B, and told C they …'", () => {
    expect(
      quotesOf("Mayor Ada Fenn joked about the weather, praised the crew, and told her audience they would not pay for the new bridge."),
    ).toEqual([["indirect", "Ada Fenn", "they would not pay for the new bridge"]]);
  });
});

describe("what stays out", () => {
  it("a concession inside the writer's clause (', even though he had acknowledged …') is background", () => {
    expect(
      quotesOf(
        "Bram Tollens runs the ferry line. The board says the line - which has resisted the changes, even though he had acknowledged they were needed - will be sold.",
      ),
    ).toEqual([
      ["indirect", "(board)", "the line - which has resisted the changes, even though he had acknowledged they were needed - will be sold"],
    ]);
  });
});

describe("', suggesting that …'", () => {
  it("after a quotation it is the quoted speaker's", () => {
    expect(quotesOf('"The fares are too high," Ada Fenn said, suggesting that a cheaper ferry could win back riders.')).toEqual([
      ["direct", "Ada Fenn", "The fares are too high,"],
      ["indirect", "Ada Fenn", "a cheaper ferry could win back riders"],
    ]);
  });
  it("after the writer's own clause it is an inference, credited to no one", () => {
    expect(quotesOf("Ridership fell in May, suggesting that the fares are too high.")).toEqual([]);
  });
});

describe("a description opening the clause is the participle's subject", () => {
  it.each([
    ["The ferry union released a statement saying that the strike would go on.", "(ferry union)", "the strike would go on"],
    [
      "The mayor has ignored advice to slow down, making errors after telling his aides he planned to adopt a calmer tone.",
      "(mayor)",
      "he planned to adopt a calmer tone",
    ],
    ["The mayor ignored the advice, saying the plan was bad for the city.", "(mayor)", "the plan was bad for the city"],
  ])("%s", (text, speaker, said) => {
    expect(quotesOf(text)).toEqual([["indirect", speaker, said]]);
  });
});

describe("settings set off by commas before 'that'", () => {
  it.each([
    [
      "Ada Fenn has told friends since the spring, at fundraisers and in private dinners, that she is worried about attacks on her family.",
      "she is worried about attacks on her family",
    ],
    ["Ada Fenn said Tuesday, in a statement to the council, that the ferry would run all winter.", "the ferry would run all winter"],
    ["Ada Fenn told reporters, as the vote closed, that she had won.", "she had won"],
  ])("%s", (text, said) => {
    expect(quotesOf(text)).toEqual([["indirect", "Ada Fenn", said]]);
  });
});

describe("an introduction ending in a colon", () => {
  it.each([
    ["The ministry said in a statement: the port will close on Friday.", "(ministry)", "the port will close on Friday"],
    ["Ada Fenn told reporters: the ferry will not run in winter.", "Ada Fenn", "the ferry will not run in winter"],
  ])("%s", (text, speaker, said) => {
    expect(quotesOf(text)).toEqual([["indirect", speaker, said]]);
  });
  it("a quotation after the colon is the direct quote, not reported speech", () => {
    expect(quotesOf('Ada Fenn said: "The ferry will not run."')).toEqual([["direct", "Ada Fenn", "The ferry will not run."]]);
  });
  it("a colon followed by no clause reports nothing", () => {
    expect(quotesOf("Ada Fenn said this: nothing.")).toEqual([]);
  });
});

describe("', describing X as Y'", () => {
  it("reports what X was described as", () => {
    expect(
      quotesOf(
        "Ada Fenn released a statement on Saturday night, describing the captain's son as a hero but insisting on the board's rights.",
      )[0],
    ).toEqual(["indirect", "Ada Fenn", "the captain's son as a hero"]);
  });
  it("a description without 'as' reports nothing", () => {
    expect(quotesOf("Ada Fenn spoke on Monday, describing her visit to the port.")).toEqual([]);
  });
});
