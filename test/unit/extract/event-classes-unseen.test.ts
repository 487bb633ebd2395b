import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

// Invented sentences for classes of event errors seen on articles nobody here had read. A timeline line
// is a clause with a subject and a verb that happened on its date; anything else yields no event (fail safe).
const eventsOf = (text: string, published = "2024-05-08") =>
  extractText(text, published).events.map((e) => [e.date, e.edtf ?? e.precision, e.summary] as const);

describe("dates that tell no happening give no event", () => {
  it.each([
    ["a period that names a thing", "The ferry union said nothing about this year's harbour election."],
    ["next month's as a name", "Planners doubt the port can be ready for next month's regatta and fair."],
    ["last season's as a name", "The coach still talks about last summer's final against the islanders."],
    ["a supposition", "The ferry line will fold if it does not win the tender on Friday."],
    ["a supposition with an aside", "Unless the council votes to reopen the pier in June -- as it did in 2019 -- the harbour stays shut."],
    ["a reference for a judgement", "Based upon a statement the mayor gave on Monday, the plan is an open question."],
    ["a named day", "The candidates are counting on voters across the valley on Super Tuesday."],
    ["a named day beside a noun", "Shops along the quay prepared their windows for Black Friday sales."],
    ["a clause that only points back", "But that was last autumn."],
    ["a dated thing in a sentence that tells nothing done", "Here is what each ferry operator needs to do in Tuesday's tender."],
    ["a guess about a dated thing", "As costs rise, it's likely that Friday's ferry agreement may merely reset the clock."],
    [
      "a date describing the subject of a later predicate",
      "The harbour report covering the last three months of 2023, which is due soon, will offer a clearer picture.",
    ],
    [
      "a date in an appositive before the predicate",
      "And the Eastport Gazette, a weekly paper founded in 1999 by a retired pilot, has also started counting ferry delays.",
    ],
    [
      "a year naming a happening far from the verb",
      "Ruiz asked the minister how the board would treat anyone responsible for the 2008 harbour crisis.",
    ],
  ])("%s", (_name, text) => {
    expect(eventsOf(text)).toEqual([]);
  });

  it("reads an outlet written in capitals as a name, not as today", () => {
    expect(eventsOf("The harbour master told VALLEY TODAY's weekly programme that the pier would reopen.")).toEqual([]);
  });
});

describe("dates that tell a happening still give one", () => {
  it("keeps a dated thing in a sentence told in the past", () => {
    expect(eventsOf("The mayor was the most forceful speaker at Saturday's harbour debate.", "2024-05-08").map(([date]) => date)).toEqual([
      "2024-05-04",
    ]);
  });

  it("keeps a guess beside a past happening", () => {
    expect(eventsOf("The mayor warned on Monday that the ferries might stop.", "2024-05-08").map(([date]) => date)).toEqual(["2024-05-06"]);
  });

  it("dates 'it was not until 2012 that …' by its year", () => {
    const text = "In fact, it wasn't until 2012 that the harbour board raised the fee for night crossings.";
    expect(eventsOf(text).map(([date]) => date)).toEqual(["2012"]);
  });

  it("keeps a happening named with its year when a past verb takes it", () => {
    expect(eventsOf("The valley's economy largely weathered the 2008 harbour crisis thanks to tourism.").map(([date]) => date)).toEqual([
      "2008",
    ]);
  });

  it("keeps a participle that tells the happening of its subject", () => {
    expect(eventsOf("The tentative deal, announced Friday, would last four years.", "2024-05-12").map(([date]) => date)).toEqual([
      "2024-05-10",
    ]);
  });

  it("keeps a relative clause of its own before the predicate", () => {
    const text = "The order that the mayor plans to sign on Friday, days before leaving office, will have a review period.";
    expect(eventsOf(text, "2024-05-08").map(([date]) => date)).toEqual(["2024-05-10"]);
  });

  it("shows a relative clause at the end of the main clause with the noun it hangs on", () => {
    const text =
      "The port has struck a deal with unions representing the dock workers who walked off the job in mid-April, the board said.";
    expect(eventsOf(text, "2024-05-29")).toEqual([["2024-04", "month", "The dock workers who walked off the job in mid-April"]]);
  });
});

describe("one event for one happening", () => {
  it("dates 'late November or early December' once, by its first date", () => {
    expect(eventsOf("The board agreed to sell the ferry in late November or early December.", "2024-01-10")).toEqual([
      ["2023-11", "month", "The board agreed to sell the ferry in late November or early December"],
    ]);
  });
});

describe("a timeline line is a clause with a subject and a verb", () => {
  it("lets 'As X reported' stand as X's report", () => {
    expect(eventsOf("As the Harbour Courier reported on Tuesday, the port authority fined two ferry operators.")).toEqual([
      ["2024-05-07", "day", "The Harbour Courier reported on Tuesday"],
    ]);
  });

  it("lets 'As X pointed out' before a quotation stand as X's telling", () => {
    expect(eventsOf("As the analyst Ana Ruiz pointed out in March, “The ferries cannot run on promises alone.”")).toEqual([
      ["2024-03", "month", "The analyst Ana Ruiz pointed out in March"],
    ]);
  });

  it("gives a date opening the sentence with a phrase of its own to the main clause", () => {
    const events = eventsOf(
      "Sunday on a morning radio show, when asked about the strike, the mayor said the ferries would run.",
      "2024-05-12",
    );
    expect(events).toEqual([["2024-05-12", "day", "When asked about the strike, the mayor said the ferries would run"]]);
  });

  it("gives an opening date before a programme's quoted title to the main clause", () => {
    const text = "Wednesday on Harbour Radio's “Morning Tide,” the mayor said the ferries would run again.";
    expect(eventsOf(text, "2024-05-10")).toEqual([["2024-05-08", "day", "The mayor said the ferries would run again"]]);
  });

  it("gives an opening subordinate clause its main clause", () => {
    const text = "When she appeared before supporters late Monday, the mayor declined to claim victory.";
    expect(eventsOf(text, "2024-05-08")).toEqual([["2024-05-06", "day", text.slice(0, -1)]]);
  });

  it("lets a mid-sentence 'as X said' stand as X's telling", () => {
    const text = "Still, the claim that the race is close, as Ruiz said on a radio programme on Monday, only raises the stakes.";
    expect(eventsOf(text, "2024-05-08")).toEqual([["2024-05-06", "day", "Ruiz said on a radio programme on Monday"]]);
  });

  it("keeps the writer's words before a quotation the sentence ends inside", () => {
    const text = "The mayor shared her doubts with an audience at a fundraiser on Monday, “I do not know which ferry will show up.";
    expect(eventsOf(text, "2024-05-08")).toEqual([
      ["2024-05-06", "day", "The mayor shared her doubts with an audience at a fundraiser on Monday"],
    ]);
  });

  it("tells a date in brackets by the bracketed clause", () => {
    const text =
      "The valley's habit of rewarding neighbours (Ivo Brandt of the coast won the 1998 ballot here, although his rival claimed the spin) makes this a race she must win.";
    expect(eventsOf(text)).toEqual([["1998", "year", "Ivo Brandt of the coast won the 1998 ballot here"]]);
  });

  it("does not cut a clause at a short aside between dashes", () => {
    const events = eventsOf("The union's vote on Friday to back the mayor ended most — but not all — quarrels on the quay.", "2024-05-10");
    expect(events).toEqual([
      ["2024-05-10", "day", "The union's vote on Friday to back the mayor ended most — but not all — quarrels on the quay"],
    ]);
  });

  it("gives a list cut at its commas back to the sentence", () => {
    const text = "The mayor won wards in Eastport, Northfield, Old Quay and South Mill Tuesday night.";
    expect(eventsOf(text)).toEqual([
      ["2024-05-07", "day", "The mayor won wards in Eastport, Northfield, Old Quay and South Mill Tuesday night"],
    ]);
  });

  it("hangs a relative clause after a quotation's speaker on the speaker", () => {
    const text = "“We do not discuss our plans,” said Brandt, who ran a registration drive for the ferry union in 2014.";
    expect(eventsOf(text)).toEqual([["2014", "year", "Brandt, who ran a registration drive for the ferry union in 2014"]]);
  });
});

describe("the year of a bare month", () => {
  it("reads the past verb far back in a long clause", () => {
    const text =
      "The mayor locked up the support of unions representing a majority of the city's harbour workers way back in October, but many members disagreed.";
    expect(eventsOf(text, "2024-05-08").map(([date]) => date)).toEqual(["2023-10"]);
  });

  it("reads a long opening phrase by its main clause", () => {
    const text = "Through the end of September, the ferry line had spent little on repairs, according to its filings.";
    expect(eventsOf(text, "2024-01-10").map(([date]) => date)).toEqual(["2023-09"]);
  });

  it("reads 'way back in' as the past", () => {
    const text = "Support for the mayor firmed up way back in October among harbour workers.";
    expect(eventsOf(text, "2024-05-08").map(([date]) => date)).toEqual(["2023-10"]);
  });

  it("reads 'mid-April'", () => {
    expect(eventsOf("Dock workers walked off the job in mid-April.", "2024-05-29").map(([date]) => date)).toEqual(["2024-04"]);
  });
});
