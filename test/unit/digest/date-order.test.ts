import { describe, expect, it } from "vitest";
import { dateSortKey, inDateOrder } from "../../../src/digest/date-order.ts";
import type { FactDate } from "../../../src/query/types.ts";

const at = (date: string, precision: FactDate["precision"], extra: Partial<FactDate> = {}): { date: FactDate; label: string } => ({
  date: { date, precision, basis: "explicit", phrase: null, ...extra },
  label: date,
});

describe("dated digest lines in date order", () => {
  it("sorts oldest first whatever the precision, a month before the days of that month, a year before its months", () => {
    const lines = [
      at("2031-11-12", "day"),
      at("2032-02-24", "day"),
      at("2031-11", "month"),
      at("2031-11-14", "day"),
      at("2032-02", "month"),
      at("2031", "year"),
    ];
    expect(inDateOrder(lines).map((line) => line.label)).toEqual(["2031", "2031-11", "2031-11-12", "2031-11-14", "2032-02", "2032-02-24"]);
  });

  it("sorts a range by its start and keeps lines on the same date in their ranked order", () => {
    const range = at("2030-03", "month", { start: "2030-03", edtf: "2030-03/2031-05" });
    const first = { ...at("2031-01-05", "day"), label: "first" };
    const second = { ...at("2031-01-05", "day"), label: "second" };
    expect(inDateOrder([second, first, range]).map((line) => line.label)).toEqual(["2030-03", "second", "first"]);
    expect(dateSortKey(range.date) < dateSortKey(first.date)).toBe(true);
  });
});
