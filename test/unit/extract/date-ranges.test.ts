import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/extract/dates/find-dates.ts";
import { extractText } from "./helpers.ts";

// Invented sentences; publication day 2024-09-18 (a Wednesday) unless the row says otherwise.
const PUBLISHED = { y: 2024, m: 9, d: 18 };

function read(sentence: string, published = PUBLISHED) {
  return findDates(sentence, published).map((found) => [found.phrase, found.date, found.precision, found.edtf ?? null]);
}

type Row = [why: string, sentence: string, expected: (string | null)[], published?: { y: number; m: number; d: number }];

describe("a range or a season is one date in EDTF form", () => {
  it.each<Row>([
    [
      "months with years",
      "Orvik ran the depot between March 2009 and May 2011.",
      ["between March 2009 and May 2011", "2009-03", "month", "2009-03/2011-05"],
    ],
    ["years with from…to", "The mill lost money from 2005 to 2008.", ["from 2005 to 2008", "2005", "year", "2005/2008"]],
    ["years with until, capitalised", "From 1991 until 1994, the line was closed.", ["From 1991 until 1994", "1991", "year", "1991/1994"]],
    ["a year span with a dash", "Prices fell during the 2005–2008 slump.", ["2005–2008", "2005", "year", "2005/2008"]],
    ["a short year span", "Output rose in 2014-16 across the valley.", ["2014-16", "2014", "year", "2014/2016"]],
    [
      "the start takes the end's year",
      "Between March and May 2011 the ferry did not run.",
      ["Between March and May 2011", "2011-03", "month", "2011-03/2011-05"],
    ],
    [
      "a start month after the end month is the year before",
      "The pier was shut from November to February 2020.",
      ["from November to February 2020", "2019-11", "month", "2019-11/2020-02"],
    ],
    [
      "days with no year: the last such span before publication",
      "Meals packed between August 2 and September 6 were recalled.",
      ["between August 2 and September 6", "2024-08-02", "day", "2024-08-02/2024-09-06"],
    ],
    ["a season with its year", "Nesting began in the spring of 2019.", ["spring of 2019", "2019", "year", "2019-21"]],
    ["a season and year without 'of'", "The canal froze in winter 2012.", ["winter 2012", "2012", "year", "2012-24"]],
    ["autumn written as fall", "The tannery closed in the fall of 2001.", ["fall of 2001", "2001", "year", "2001-23"]],
    [
      "last summer, seen from February",
      "Visitor numbers fell last summer.",
      ["last summer", "2023", "year", "2023-22"],
      { y: 2024, m: 2, d: 10 },
    ],
    [
      "last summer, seen from December",
      "Visitor numbers fell last summer.",
      ["last summer", "2023", "year", "2023-22"],
      { y: 2023, m: 12, d: 1 },
    ],
    [
      "this winter, seen from January",
      "The shelter has been full this winter.",
      ["this winter", "2023", "year", "2023-24"],
      { y: 2024, m: 1, d: 15 },
    ],
    ["the spring of last year", "The dam was inspected in the spring of last year.", ["spring of last year", "2023", "year", "2023-21"]],
  ])("%s", (_why, sentence, expected, published = PUBLISHED) => {
    expect(read(sentence, published)).toEqual([expected]);
  });

  it.each([
    ["counts of people", "Between 2000 and 3000 people marched.", "2000/3000"],
    ["a season that is part of a name", "Historians still debate the Arab Spring of 2011.", "2011-21"],
    ["numbers that are not years", "The rate rose from 2 to 5 percent.", null],
  ])("does not read %s as a range or season", (_why, sentence, notThis) => {
    expect(findDates(sentence, PUBLISHED).map((found) => found.edtf ?? null)).not.toContain(notThis);
  });
});

describe("other relative dates", () => {
  it.each<Row>([
    ["years ago", "The depot closed two years ago.", ["two years ago", "2022", "year", null]],
    ["weeks ago: the month", "The quay flooded three weeks ago.", ["three weeks ago", "2024-08", "month", null]],
    ["months ago", "Fares rose 4 months ago.", ["4 months ago", "2024-05", "month", null]],
    ["mid-year", "The mill was sold in mid-2015.", ["mid-2015", "2015", "year", null]],
    [
      "a month and day most of a year back, not in the past tense, is the coming one",
      "The board faces another test on Jan. 1.",
      ["Jan. 1", "2016-01-01", "day", null],
      { y: 2015, m: 12, d: 10 },
    ],
    [
      "a day a few weeks ahead in a clause with no past verb is the coming one",
      "The mayor predicted a win in Ostby, which votes on March 1.",
      ["March 1", "2016-03-01", "day", null],
      { y: 2016, m: 2, d: 20 },
    ],
    [
      "…but with a past verb it is last year's",
      "The vote on March 1 was close.",
      ["March 1", "2015-03-01", "day", null],
      { y: 2016, m: 2, d: 20 },
    ],
    [
      "…but in the past tense it is the last one",
      "The board failed another test on Feb. 2.",
      ["Feb. 2", "2015-02-02", "day", null],
      { y: 2015, m: 12, d: 10 },
    ],
    ["a span of days in one month", "The fair ran from March 3 to 5.", ["March 3 to 5", "2024-03-03", "day", "2024-03-03/2024-03-05"]],
  ])("%s", (_why, sentence, expected, published = PUBLISHED) => {
    expect(read(sentence, published)).toEqual([expected]);
  });
});

describe("a weekday follows the tense of its verb", () => {
  it.each([
    ["future: the next such day after publication", "The ministers will meet on Friday.", "2024-09-20"],
    ["future with 'is due to'", "The court is due to rule on Monday.", "2024-09-23"],
    ["past: the last such day", "The ministers met on Friday.", "2024-09-13"],
    ["reported 'would': the day of the telling is past", "She said on Monday that the plant would reopen.", "2024-09-16"],
    ["future on the same weekday: publication day", "The ministers will meet on Wednesday.", "2024-09-18"],
    ["'next' skips a week", "The ministers will meet next Wednesday.", "2024-09-25"],
    ["'is set for' a month and day: ahead, not last year", "The vote is set for Nov. 8.", "2024-11-08"],
    ["'planned to' looks ahead", "He said he planned to vote in the county's October 2 primary.", "2024-10-02"],
  ])("%s", (_why, sentence, date) => {
    expect(findDates(sentence, PUBLISHED)[0]?.date).toBe(date);
  });
});

describe("events: one per range, clauses only", () => {
  it("makes one event of a range, not one at each end", () => {
    const events = extractText("Tolvik Mining lost money every quarter between March 2009 and May 2011.", "2024-09-18").events;
    expect(events.map((e) => [e.date, e.precision, e.edtf])).toEqual([["2009-03", "month", "2009-03/2011-05"]]);
  });

  it.each([
    ["a year that names a convention", "The port has invoked the 1936 Harbour Convention to close the strait."],
    ["a year that names an agreement in lower case", "Both sides still cite the 1998 water agreement in every dispute."],
    ["a year that names an act", "Lawyers argued the case under the 2010 Coastal Access Act."],
  ])("leaves out %s: the sentence does not say it happened then", (_why, sentence) => {
    expect(extractText(sentence).events).toEqual([]);
  });

  it("keeps a document's year when the sentence says it was signed", () => {
    const events = extractText("The two kingdoms signed the 1936 Harbour Convention after a month of talks.").events;
    expect(events.map((e) => e.date)).toEqual(["1936"]);
    expect(events[0]?.summary).not.toMatch(/1936 The 1936/);
  });

  it("tells a quoted sentence by its attribution, never by a piece of the quotation", () => {
    const text = [
      "Ana Velk, the harbour master, spoke at length.",
      '"We will reopen the quay when the divers are done. Of course, we all want this to happen sooner rather than later, but the wall is not safe," said Velk, according to the Lowland Courier on March 19.',
    ].join("\n\n");
    const events = extractText(text, "2024-03-27").events;
    expect(events.map((e) => e.summary)).toEqual(["Velk said, according to the Lowland Courier on March 19"]);
    expect(events[0]?.date).toBe("2024-03-19");
  });

  it("shows the attribution of a full quote, not the quote, on the timeline", () => {
    const text =
      '"Out of the flood we can build a better harbour, and the way to do it is together," Mayor Ilse Brandt told reporters on Saturday.';
    const events = extractText(text, "2024-05-08").events;
    expect(events.map((e) => e.summary)).toEqual(["Mayor Ilse Brandt told reporters on Saturday"]);
  });
});

describe("a dated quotation on the timeline: the attribution or nothing", () => {
  it.each([
    [
      "a short quote first, then who said it",
      '"I am still here," the mayor declared at Tuesday\'s meeting.',
      ["The mayor declared at Tuesday's meeting"],
    ],
    [
      "two apostrophes as quotation marks",
      "''We will rebuild the quay before winter,'' Mayor Ilse Brandt said on Tuesday.",
      ["Mayor Ilse Brandt said on Tuesday"],
    ],
    ["a date inside two-apostrophe quotation marks is not an event", "''Even if the quay opens today, the ferry cannot dock there", []],
    [
      "the year left from a dropped date phrase",
      "On March 2, 2015, the Courier revealed the harbour accounts.",
      ["The Courier revealed the harbour accounts"],
    ],
    ["a link line is not an event", "2016 ferry tracker: https://example.org/ferries", []],
    [
      "a short title in quotation marks is the subject of the clause",
      '"Salt and Stone" came out last year and sold well.',
      ['"Salt and Stone" came out last year and sold well.'],
    ],
  ])("%s", (_why, sentence, summaries) => {
    expect(extractText(sentence, "2024-05-08").events.map((e) => e.summary)).toEqual(summaries);
  });
});

describe("a quote is dated only by its own sentence or attribution", () => {
  it("does not give a second report in the sentence the day of the first", () => {
    const text =
      "Norland said Mayor Ilse Brandt had told Governor Piet Moor by telephone on Wednesday that she was confined to her office but was otherwise fine and the army said it was keeping her and her family safe.";
    const quotes = extractText(text, "2024-05-09").quotes;
    expect(quotes.find((q) => q.text.includes("keeping her and her family"))?.saidOn ?? null).toBeNull();
  });

  it("does not give an undated statement the date of an event in an earlier paragraph", () => {
    const text = [
      "Mayor Ilse Brandt said on Monday that the ferry would run again.",
      "The storm hit the coast on February 24, flooding the old quarter.",
      "Brandt has maintained that the town cannot rebuild without help from the province.",
    ].join("\n\n");
    const quotes = extractText(text, "2024-03-27").quotes;
    const undated = quotes.find((q) => q.text.includes("cannot rebuild"));
    expect(undated?.saidOn ?? null).toBeNull();
    expect(quotes.find((q) => q.text.includes("ferry"))?.saidOn?.date).toBe("2024-03-25");
  });
});
