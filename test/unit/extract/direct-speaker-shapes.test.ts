import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

// Invented sentences: who a quotation belongs to when the attribution has an apposition, a noun that looks like
// a verb, or sits next to another quotation's introduction.

describe("speakers of direct quotes", () => {
  it("a name set off after a role description speaks, not a place inside the description", () => {
    expect(
      quotesOf(
        "In early May, the mayor’s Norland state director, Ada Fenn, reached out to the firm, writing in an email: “We want this soon.”",
      ),
    ).toEqual([["direct", "Ada Fenn", "We want this soon."]]);
  });
  it("a bare role apposition after the name, however long, still leads to the verb", () => {
    expect(
      quotesOf('"The levy should never have passed," Ada Fenn, legal director for the harbour traders\' association, said in a statement.'),
    ).toEqual([["direct", "Ada Fenn", "The levy should never have passed,"]]);
  });
  it("a sentence whose verb ends in a colon introduces the next quotation, not the one before it", () => {
    const quotes = quotesOf(
      "Ada Fenn spoke at the harbour. In the spring, Fenn firmly declared at a press conference, “We did nothing wrong. There is no case.” Tom Reilly replied: “There is a case and we will make it.”",
    );
    expect(quotes.map(([, who]) => who)).toEqual(["Ada Fenn", "Tom Reilly"]);
  });
  it("a verb form that is also a noun ('state', 'report') inside a noun phrase is no attribution", () => {
    expect(quotesOf("The Norland state director, Ada Fenn, wrote in an email: “We are ready.”")).toEqual([
      ["direct", "Ada Fenn", "We are ready."],
    ]);
  });
});

describe("a role holder for an organisation speaks, not the organisation", () => {
  it.each([
    "Executives for Norcross, which earned more than $30 billion last year, say the company will save $46 million a year.",
    "Executives for Norcross say the company will save $46 million a year.",
  ])("%s", (sentence) => {
    expect(quotesOf(sentence)).toEqual([["indirect", "(executives for Norcross)", "the company will save $46 million a year"]]);
  });
});
