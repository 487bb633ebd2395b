import { describe, expect, it } from "vitest";
import { parseDay } from "../../../src/extract/dates/calendar.ts";
import { findDates } from "../../../src/extract/dates/find-dates.ts";
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
    ["the time before a date", "In every ballot leading up to Tuesday, turnout in the valley has been low."],
    ["a state lasting until a date", "The ferry pier stays shut until Friday for repairs."],
    ["a year naming a manifesto", "Critics say the fight has shaped the party's 2022 manifesto more than any other issue."],
    ["a year naming a book", "Nora Valt, whose 2005 memoir angered her neighbours, now runs a bakery."],
    ["a date inside a speaker's description", "“We knew the risks,” said Ivo Brandt, a harbour organiser unaligned in 2016."],
    [
      "a relative date inside a speaker's description",
      "“It was never easy,” said Mila Kroon, chief strategist for the port union four years ago.",
    ],
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
    const text = '"“We will not back down,” Lena Ortiz told the crowd before adding that the vote would come in June."';
    expect(eventsOf(text)).toEqual([]);
  });

  it("keeps the attribution after a quotation that ran in from the sentence before", () => {
    const text = "“We have waited long enough. Now the council must act,” union leader Ivo Brandt said Tuesday.";
    expect(eventsOf(text)).toEqual([["2024-05-07", "day"]]);
  });
});

describe("more uses of a year that name a thing", () => {
  it("drops 'the … of YEAR' but keeps 'by the end of YEAR'", () => {
    expect(eventsOf("Most councillors see the harbour quarrels of 2021 as a lesson for the town.")).toEqual([]);
    expect(eventsOf("The ferry company repaid its loans by the end of 2021, the report said.")).toEqual([["2021", "year"]]);
  });
});

describe("the tense of a bare month or weekday", () => {
  it("reads a month a few months ahead, in words not told in the past, as the coming one", () => {
    const text = "Analysts caution that a strong spring does not guarantee a majority in November.";
    expect(findDates(text, parseDay("2024-03-02")).map((d) => d.date)).toEqual(["2024-11"]);
    // the line says nothing is to come: "in November" names the thing (the vote), not a happening, so no event
    expect(eventsOf(text, "2024-03-02")).toEqual([]);
  });

  it("reads a month opening the sentence by the main clause's tense", () => {
    expect(eventsOf("In October, the senator, a veteran of the harbour board, proposed a new toll.", "2024-09-06")).toEqual([
      ["2023-10", "month"],
    ]);
    expect(eventsOf("In August, the press plans to release a history of the port.", "2024-07-05")).toEqual([["2024-08", "month"]]);
  });

  it("reads 'a planned … on Saturday' and 'on pace to … on Monday' as the coming days", () => {
    const planned = "She noted a planned rally on Saturday in the river town.";
    expect(findDates(planned, parseDay("2024-05-08")).map((d) => d.date)).toEqual(["2024-05-11"]);
    // the line is told in the past: as an event it would say she noted it on Saturday, so it gives none
    expect(eventsOf(planned, "2024-05-08")).toEqual([]);
    expect(eventsOf("The mayor is on pace to finish the tour on Monday afternoon.", "2024-05-08")).toEqual([["2024-05-13", "day"]]);
  });

  it("reads 'in the last year' as a span up to now, not last year", () => {
    expect(eventsOf("The council's policy on ferries has barely budged in the last year.")).toEqual([]);
  });
});

describe("an attribution line keeps no dangling complementiser", () => {
  it("shows 'X said Tuesday', not 'X said Tuesday that'", () => {
    const facts = extractText(
      'Harbour master Ana Velk said Tuesday that "the ferry will run again in June, whatever the council decides."',
    );
    expect(facts.events.map((e) => e.summary)).toEqual(["Harbour master Ana Velk said Tuesday"]);
  });
});

describe("a happening named with its year", () => {
  it("keeps a past happening named with an earlier year, drops the story's own year", () => {
    expect(eventsOf("One of her few clear wins came during the 2019 harbour debate against the ferry lobby.")).toEqual([["2019", "year"]]);
    expect(eventsOf("Critics say the quarrel may have shaped the 2024 campaign more than any other issue.")).toEqual([]);
  });

  it("keeps a revenue figure after 'more than $'", () => {
    expect(eventsOf("The ferry firm, which earned more than $30 million last year, is for sale.")).toEqual([["2023", "year"]]);
  });
});
