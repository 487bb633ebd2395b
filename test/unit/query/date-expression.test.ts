import { describe, expect, it } from "vitest";
import { parseDateExpression } from "../../../src/query/date-expression.ts";

describe("date expressions", () => {
  it.each([
    ["2022-03-24", "2022-03-24", "2022-03-24", "day"],
    ["24 March 2022", "2022-03-24", "2022-03-24", "day"],
    ["March 24, 2022", "2022-03-24", "2022-03-24", "day"],
    ['"November 2022"', "2022-11-01", "2022-11-30", "month"],
    ["Feb 2024", "2024-02-01", "2024-02-29", "month"],
    ["2022-11", "2022-11-01", "2022-11-30", "month"],
    ["2022", "2022-01-01", "2022-12-31", "year"],
    ["2022-11-01..2022-11-30", "2022-11-01", "2022-11-30", "range"],
    ["March 2022 to May 2022", "2022-03-01", "2022-05-31", "range"],
  ])("reads %s as %s..%s (%s)", (text, from, to, precision) => {
    expect(parseDateExpression(text)).toMatchObject({ from, to, precision });
  });

  it.each(["2022-02-30", "yesterday", "32 March 2022", "2022-12-01..2022-11-01", "Smarch 2022"])(
    "refuses %s with a message naming what it expected",
    (text) => {
      const result = parseDateExpression(text);
      expect(result).toHaveProperty("error");
      expect((result as { error: string }).error).toMatch(/expected|ends before/);
    },
  );
});
