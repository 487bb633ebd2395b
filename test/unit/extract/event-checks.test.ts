import { describe, expect, it } from "vitest";
import { eventDateMatches, eventJunk } from "../../../bench/lib/event-checks.ts";
import type { ArticleFacts } from "../../../src/domain/facts.ts";
import { extractText } from "./helpers.ts";

type Event = ArticleFacts["events"][number];
const event = (fields: Partial<Event>): Event => ({
  date: "2009-03",
  precision: "month",
  basis: "explicit",
  summary: "The depot closed",
  actors: [],
  sentence: "",
  start: 0,
  end: 0,
  ...fields,
});

describe("event checks for the gold scorer", () => {
  it.each([
    [
      "a range matches the same range",
      event({ edtf: "2009-03/2011-05" }),
      { date: "2009-03", precision: "month", edtf: "2009-03/2011-05" },
      true,
    ],
    ["a range does not match a point at its start", event({ edtf: "2009-03/2011-05" }), { date: "2009-03", precision: "month" }, false],
    ["a point matches date and precision", event({}), { date: "2009-03", precision: "month" }, true],
    ["a point does not match a range", event({}), { date: "2009-03", precision: "month", edtf: "2009-03/2011-05" }, false],
  ] as const)("%s", (_why, extracted, gold, expected) => {
    expect(eventDateMatches(extracted, gold)).toBe(expected);
  });

  it("counts no junk on invented copy with quotations, a document's year and a range", () => {
    const facts = extractText(
      [
        '"We will reopen the quay once the divers are done with the wall," Mayor Ilse Brandt told reporters on Monday.',
        "The port still relies on the 1936 Harbour Convention.",
        "Orvik Freight ran the depot between March 2009 and May 2011.",
      ].join("\n\n"),
    );
    expect(eventJunk(facts)).toEqual({ quoteFragment: 0, repeatsYear: 0, notAClause: 0 });
    expect(facts.events.length).toBe(2);
  });
});
