import { describe, expect, it } from "vitest";
import { publicationDay } from "../../../src/ingest/web/publication-day.ts";

describe("the publication day of a timestamp", () => {
  it.each([
    ["2024-03-05", "2024-03-05"],
    ["2024-03-05T23:30:00-05:00", "2024-03-05"],
    ["2024-03-05 08:00", "2024-03-05"],
    ["Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"],
    ["5 Mar 2024 23:59:00 +0100", "2024-03-05"],
    ["Thursday, 29 February 2024 12:00:00 +0000", "2024-02-29"],
    ["2023-02-29T10:00:00Z", undefined],
    ["31 Foo 2024", undefined],
    ["yesterday", undefined],
    ["", undefined],
    [null, undefined],
  ])("%s → %s", (value, day) => {
    expect(publicationDay(value)).toBe(day);
  });
});
