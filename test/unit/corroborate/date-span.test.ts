import { describe, expect, it } from "vitest";
import { compatibleDates, spanOf } from "../../../src/corroborate/date-span.ts";

const at = (date: string, edtf?: string) => ({
  date,
  precision: (date.length === 4 ? "year" : date.length === 7 ? "month" : "day") as "year" | "month" | "day",
  edtf,
});

describe("date spans", () => {
  it.each([
    ["2023", undefined, "2023-01-01", "2023-12-31"],
    ["2023-03", undefined, "2023-03-01", "2023-03-31"],
    ["2024-02", undefined, "2024-02-01", "2024-02-29"],
    ["2023-03-14", undefined, "2023-03-14", "2023-03-14"],
    ["2019", "2019-21", "2019-03-01", "2019-05-31"],
    ["2019", "2019-24", "2019-12-01", "2020-02-29"],
    ["2005", "2005/2008", "2005-01-01", "2008-12-31"],
  ])("%s (%s) covers %s … %s", (date, edtf, first, last) => {
    expect(spanOf(at(date, edtf))).toEqual({ first, last });
  });
});

describe("compatible dates", () => {
  it.each([
    ["a month and a day in it", at("2023-03"), at("2023-03-14"), true],
    ["a year and a month in it", at("2023"), at("2023-11"), true],
    ["the same day", at("2024-05-03"), at("2024-05-03"), true],
    ["a range and a point inside it", at("2024-08-02", "2024-08-02/2024-09-06"), at("2024-08-20"), true],
    ["a season and a month in it", at("2019", "2019-21"), at("2019-04"), true],
    ["two days", at("2024-05-03"), at("2024-05-05"), false],
    ["a month and a day outside it", at("2023-03"), at("2023-04-01"), false],
    ["a range and a point after it", at("2024-08-02", "2024-08-02/2024-09-06"), at("2024-09-07"), false],
    ["two years", at("2022"), at("2023"), false],
  ])("%s: %s", (_label, a, b, expected) => {
    expect(compatibleDates(a, b)).toBe(expected);
    expect(compatibleDates(b, a)).toBe(expected);
  });
});
