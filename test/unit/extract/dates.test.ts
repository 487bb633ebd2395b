import { describe, expect, it } from "vitest";
import { parseDay } from "../../../src/extract/dates/calendar.ts";
import { findDates } from "../../../src/extract/dates/find-dates.ts";

const read = (text: string, published: string) =>
  findDates(text, parseDay(published)).map(({ date, precision, basis }) => ({ date, precision, basis }));

describe("dates resolved against the publication day", () => {
  it.each([
    [
      "a weekday is the most recent such day on or before publication",
      "The minister told reporters on Saturday.",
      "2022-11-15",
      "2022-11-12",
      "day",
      "weekday",
    ],
    ["a weekday that is the publication day stays that day", "Officials said on Tuesday.", "2022-11-15", "2022-11-15", "day", "weekday"],
    ["a weekday in the future tense looks ahead", "The ministers will meet on Friday.", "2022-11-15", "2022-11-18", "day", "weekday"],
    ['"next" before a weekday looks ahead', "Talks resume next Monday.", "2022-11-15", "2022-11-21", "day", "weekday"],
    [
      'reported speech with "would" stays in the past',
      "He told reporters on Wednesday that the government would not act.",
      "2024-06-14",
      "2024-06-12",
      "day",
      "weekday",
    ],
    [
      "a month-day without a year lands on or before publication",
      "On March 24, the minister said it.",
      "2022-03-27",
      "2022-03-24",
      "day",
      "month-day",
    ],
    [
      "a later month-day without a year is last year's",
      "The deal was signed on December 3.",
      "2022-03-27",
      "2021-12-03",
      "day",
      "month-day",
    ],
    ["a future month-day keeps this year", "A final vote is scheduled for March 18.", "2025-03-03", "2025-03-18", "day", "month-day"],
    ["a full date is explicit", "It opened on Nov. 12, 2020, in the capital.", "2022-03-27", "2020-11-12", "day", "explicit"],
    ["a day-month-year date is explicit", "It opened on 4 July 2019.", "2022-03-27", "2019-07-04", "day", "explicit"],
    ['"earlier this month" keeps month precision', "Earlier this month, they spoke.", "2022-11-15", "2022-11", "month", "relative"],
    ['"last week" gives the month of the week before', "Just last week, soldiers fired.", "2017-01-13", "2017-01", "month", "relative"],
    ['"last month" rolls back over a year end', "Prices rose last month.", "2023-01-10", "2022-12", "month", "relative"],
    ['"next year" keeps year precision', "He faces an election next year.", "2022-11-15", "2023", "year", "relative"],
    [
      "a month without a year takes the most recent one",
      "After the invasion in February, drones helped.",
      "2022-11-15",
      "2022-02",
      "month",
      "month-day",
    ],
    ["a month and year is explicit", "The strike in March 2016 lasted nine days.", "2024-06-14", "2016-03", "month", "explicit"],
    ["a bare year after a preposition is a year", "The company was founded in 2014.", "2022-11-15", "2014", "year", "year"],
    ["a year naming an event is a year", "It invoked the 1951 Harbour Convention.", "2022-03-27", "1951", "year", "year"],
    ['"yesterday" is the day before publication', "The minister resigned yesterday.", "2022-03-27", "2022-03-26", "day", "relative"],
  ])("%s", (_name, text, published, date, precision, basis) => {
    expect(read(text, published)).toContainEqual({ date, precision, basis });
  });

  it.each([
    ["9/11 is not a date", "Tourism collapsed after 9/11."],
    ["a number with a thousands separator is not a year", "More than 5,000 incidents were recorded."],
    ["a count of things is not a year", "Around 2000 people marched."],
    ["a decade is not a year", "Prices rose in the 1990s."],
    ["a percentage is not a year", "Turnout was 1999%."],
    ['"may" the verb is not the month', "May we ask what happened?"],
  ])("%s", (_name, text) => {
    expect(read(text, "2022-03-27")).toEqual([]);
  });

  it('reads "this year" in a piece published in the first days of January as the year just ended', () => {
    expect(read("Earlier this year a mass stranding happened.", "2019-01-03")).toContainEqual({
      date: "2018",
      precision: "year",
      basis: "relative",
    });
  });
});
