import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences, one block per class of attribution: where the reported clause starts and ends, and who
// says it.

describe("a leading clause of time, contrast or cause is the writer's setting, not the source's words", () => {
  it.each([
    [
      "While the town waits for word on the vote, the most urgent question is whether the ferry can run all winter, people close to the mayor say.",
      "the most urgent question is whether the ferry can run all winter",
    ],
    [
      "When the late ballots are counted, her lead is much larger and brings her close to the number needed to win, according to the Harbour Gazette.",
      "her lead is much larger and brings her close to the number needed to win",
    ],
    [
      "In May, as it became clear that the bid was more than a fluke, his campaign sought offers from several data firms, according to two aides.",
      "his campaign sought offers from several data firms",
    ],
  ])("%s", (sentence, clause) => {
    expect(quotesOf(sentence).map(([, , text]) => text)).toEqual([clause]);
  });
  it("a leading prepositional phrase stays: 'after' or 'as' with a noun phrase sets no clause", () => {
    expect(
      quotesOf("After nearly ten years of closures, the harbour board plans to reopen the north pier, according to two officials.").map(
        ([, , t]) => t,
      ),
    ).toEqual(["After nearly ten years of closures, the harbour board plans to reopen the north pier"]);
  });
  it("a condition stays: it is part of the claim", () => {
    expect(quotesOf("If the levy passes, the port will close two piers, according to the harbour board.").map(([, , t]) => t)).toEqual([
      "If the levy passes, the port will close two piers",
    ]);
  });
  it("after a leading source the whole of what follows is the source's", () => {
    expect(
      quotesOf("According to the harbour board, while the pier is old, it is still safe for the smaller boats.").map(([, , t]) => t),
    ).toEqual(["while the pier is old, it is still safe for the smaller boats"]);
  });
});

describe("a restrictive relative clause after a preposition reports for its noun phrase", () => {
  it.each([
    [
      "The levy was opposed by large retailers that warn it could harm trade by painting the town as hostile.",
      "(large retailers)",
      "it could harm trade by painting the town as hostile",
    ],
    [
      "The rule drew fire from dozens of local businesses that say the fees will drive them out of the harbour.",
      "(local businesses)",
      "the fees will drive them out of the harbour",
    ],
  ])("%s", (sentence, speaker, clause) => {
    expect(quotesOf(sentence)).toEqual([["indirect", speaker, clause]]);
  });
  it("a relative clause inside the subject reports nothing (it runs into the main predicate)", () => {
    expect(quotesOf("Farmers who have already said they support the plan were thanked at the meeting.")).toEqual([]);
  });
  it("a thing that 'says' is no group of speakers", () => {
    expect(quotesOf("The council voted on a plan that says taxes will rise next year.")).toEqual([]);
  });
});

describe("the end of a reported clause", () => {
  it("a second clause with a compound subject is the writer's narration", () => {
    expect(quotesOf("Ada Fenn has insisted that the deal was fair, and she and the mayor still speak often.")).toEqual([
      ["indirect", "Ada Fenn", "the deal was fair"],
    ]);
  });
  it('"he knew" stays when no clause follows it: it is the statement itself', () => {
    expect(quotesOf("Ada Fenn said she knew about the leak before the vote.").map(([, , t]) => t)).toEqual([
      "she knew about the leak before the vote",
    ]);
  });
  it('"he thought" before a clause still goes: the clause is the view', () => {
    expect(quotesOf("Ada Fenn said she thought the ferry would run again by May.").map(([, , t]) => t)).toEqual([
      "the ferry would run again by May",
    ]);
  });
});

describe("a verb of saying after a verb of intent, ability or refusal reports for that verb's subject", () => {
  it.each([
    [
      "Ada Fenn is expected to argue that the senator has fallen out of touch with voters.",
      "the senator has fallen out of touch with voters",
    ],
    ["Ada Fenn refused to admit that the plan had failed.", "the plan had failed"],
    ["Ada Fenn would be able to claim she had rebuilt the harbour.", "she had rebuilt the harbour"],
  ])("%s", (sentence, clause) => {
    expect(quotesOf(sentence)).toEqual([["indirect", "Ada Fenn", clause]]);
  });
  it("a noun before 'to' is no speaker", () => {
    expect(quotesOf("The port has the right to say that the ferry is safe.")).toEqual([]);
  });
});

describe("'they' goes back to a plural group that opened an earlier sentence", () => {
  it("a group with a postmodifier ('People briefed on …') keeps it in its description", () => {
    expect(
      quotesOf("People briefed on the talks were adamant that the mayor would stay. And they insisted that job losses would be few."),
    ).toEqual([["indirect", "(People briefed on the talks)", "job losses would be few"]]);
  });
  it("a group word that is only part of a longer name ('the Harbour Workers Union') is still the group", () => {
    expect(
      quotesOf(
        "The Harbour Workers Union called the strike. Workers objected to the plan to move them and other workers. They also said that the firm was trying to ship jobs overseas.",
      ),
    ).toContainEqual(["indirect", "(Workers)", "the firm was trying to ship jobs overseas"]);
  });
  it("a surname that looks like a plural ('Summers') is a person, never 'they'", () => {
    expect(
      quotesOf("Ann Summers spoke first. Summers objected to the plan to move the ferry. They also said that the firm was wrong."),
    ).toEqual([]);
  });
});

describe("asides and titles between the verb and its clause", () => {
  it("a participle's clause with an aside between paired dashes is still a clause", () => {
    expect(
      quotesOf("Other senators echoed those comments, saying the mayor's plan -- new fees and fewer ferries -- is inadequate to the need."),
    ).toEqual([["indirect", "(senators)", "the mayor's plan -- new fees and fewer ferries -- is inadequate to the need"]]);
  });
  it("a programme's title in quotation marks before 'that' is a name, not a quote", () => {
    expect(
      quotesOf(
        'Tom Reilly spoke on Monday. Reilly said on the network\'s "Meet the Voters" on Sunday that the mayor had misled the council.',
      ),
    ).toContainEqual(["indirect", "Tom Reilly", "the mayor had misled the council"]);
  });
});
