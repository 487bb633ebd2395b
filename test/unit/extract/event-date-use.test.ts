import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

// Invented sentences. A timeline line claims "on this date, this happened": a date used for anything else
// yields no event (fail safe), and a real happening beside it is still found.
const eventsOf = (text: string, published = "2024-05-08") =>
  extractText(text, published).events.map((e) => [e.date, e.edtf ?? e.precision] as const);

describe("a date that says nothing happened then gives no event", () => {
  it.each([
    ["a comparison", "The ferry carries fewer passengers than it did six years ago, the harbour board said."],
    ["a comparison with a year", "Turnout in the valley was lower than in 2019, according to the clerk."],
    ["a baseline of a change", "The gap between the two towns has narrowed from last autumn."],
    ["a year naming a campaign", "Critics say the fight has shaped the 2022 campaign more than any other issue."],
    ["a year naming a book", "Nora Valt, whose 2005 memoir angered her neighbours, now runs a bakery."],
    ["a date inside a speaker's description", "“We knew the risks,” said Ivo Brandt, a harbour organiser unaligned in 2016."],
    ["a relative date inside a speaker's description", "“It was never easy,” said Mila Kroon, chief strategist for the port union four years ago."],
  ])("%s", (_name, text) => {
    expect(eventsOf(text)).toEqual([]);
  });

  it("keeps a quantity compared and the happening dated beside it", () => {
    expect(eventsOf("The ferry line said it had refunded more than 90 percent of passengers by the end of 2021.")).toEqual([
      ["2021", "year"],
    ]);
  });

  it("keeps a document's year when the sentence says it came about", () => {
    expect(eventsOf("The council adopted the 2019 river plan after a long debate.")).toEqual([["2019", "year"]]);
  });

  it("keeps a happening told in a relative clause inside a description", () => {
    expect(eventsOf("Ana Ferro, the mayor who resigned in 2019, said the bridge was safe.")).toEqual([["2019", "year"]]);
  });
});

describe("a timeline line is never a piece of someone's quoted words", () => {
  it("drops a date inside a paragraph wrapped in straight marks around curly ones", () => {
    const text = "\"“We will not back down,” Lena Ortiz told the crowd before adding that the vote would come in June.\"";
    expect(eventsOf(text)).toEqual([]);
  });

  it("keeps the attribution after a quotation that ran in from the sentence before", () => {
    const text = "“We have waited long enough. Now the council must act,” union leader Ivo Brandt said Tuesday.";
    expect(eventsOf(text)).toEqual([["2024-05-07", "day"]]);
  });
});
