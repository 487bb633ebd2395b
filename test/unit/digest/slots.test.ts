import { describe, expect, it } from "vitest";
import { latestSlot, slotsBetween } from "../../../src/schedule/slots.ts";
import { wallTimeAt } from "../../../src/schedule/zoned-time.ts";

const iso = (ms: number) => new Date(ms).toISOString();
const between = (cron: string, timezone: string, from: string, to: string) =>
  slotsBetween({ cron, timezone }, Date.parse(from), Date.parse(to)).map(iso);
const localDays = (slots: string[], zone: string) =>
  slots.map((slot) => {
    const w = wallTimeAt(Date.parse(slot), zone);
    return `${w.year}-${w.month}-${w.day} ${w.hour}:${String(w.minute).padStart(2, "0")}`;
  });

describe("digest slots from cron and an IANA zone", () => {
  it("puts a daily 07:30 at 07:30 local time in a fixed-offset zone", () => {
    expect(between("30 7 * * *", "Europe/Istanbul", "2024-03-01T00:00:00Z", "2024-03-03T00:00:00Z")).toEqual([
      "2024-03-01T04:30:00.000Z",
      "2024-03-02T04:30:00.000Z",
    ]);
  });

  it.each([
    ["America/New_York", "2024-03-06T00:00:00Z", "2024-03-13T00:00:00Z"],
    ["America/New_York", "2024-10-30T00:00:00Z", "2024-11-06T00:00:00Z"],
    ["Europe/London", "2024-03-27T00:00:00Z", "2024-04-03T00:00:00Z"],
    ["Europe/London", "2024-10-23T00:00:00Z", "2024-10-30T00:00:00Z"],
  ])("a DST week in %s (%s) has exactly one 07:30 digest per day", (zone, from, to) => {
    const slots = between("30 7 * * *", zone, from, to);
    expect(slots).toHaveLength(7);
    expect(new Set(localDays(slots, zone).map((day) => day.split(" ")[0])).size).toBe(7);
    expect(localDays(slots, zone).every((day) => day.endsWith(" 7:30"))).toBe(true);
  });

  it("a time the spring-forward night skips runs once, just after the gap", () => {
    const slots = between("30 2 * * *", "America/New_York", "2024-03-09T12:00:00Z", "2024-03-11T12:00:00Z");
    expect(localDays(slots, "America/New_York")).toEqual(["2024-3-10 3:30", "2024-3-11 2:30"]);
  });

  it("a time the fall-back night repeats runs once, at its first occurrence", () => {
    const slots = between("30 1 * * *", "Europe/London", "2024-10-26T12:00:00Z", "2024-10-28T12:00:00Z");
    expect(slots).toEqual(["2024-10-27T00:30:00.000Z", "2024-10-28T01:30:00.000Z"]);
  });

  it("weekday crons skip weekends, and latestSlot finds Friday's slot on Sunday", () => {
    const slots = between("0 8 * * 1-5", "Europe/London", "2024-06-01T00:00:00Z", "2024-06-08T00:00:00Z");
    expect(slots).toHaveLength(5);
    const latest = latestSlot({ cron: "0 8 * * 1-5", timezone: "Europe/London" }, Date.parse("2024-06-09T12:00:00Z"), 8 * 86_400_000);
    expect(iso(latest ?? 0)).toBe("2024-06-07T07:00:00.000Z");
  });
});
