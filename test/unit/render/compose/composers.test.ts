import { describe, expect, it } from "vitest";
import { partialDateLabel } from "../../../../src/domain/date-label.ts";
import { composeBrief } from "../../../../src/render/compose/compose-brief.ts";
import { composeEntity } from "../../../../src/render/compose/compose-entity.ts";
import { composeSources, composeTopics } from "../../../../src/render/compose/compose-listings.ts";
import { composeOn } from "../../../../src/render/compose/compose-on.ts";
import { composeWhoPerson, composeWhoPhrase } from "../../../../src/render/compose/compose-who.ts";
import { formatSpan } from "../../../../src/render/compose/dates.ts";
import type { Block, Document } from "../../../../src/render/document.ts";
import { renderText } from "../../../../src/render/text.ts";
import { FIXTURES } from "./fixtures.ts";

const cited = (doc: Document) =>
  doc.blocks.flatMap((block: Block) => {
    if (block.type === "bullets") return block.items.flatMap((item) => item.cites ?? []);
    if (block.type === "timeline") return block.entries.flatMap((entry) => entry.cites ?? []);
    if (block.type === "quote" || block.type === "paragraph") return block.cites ?? [];
    return [];
  });
const sourceNumbers = (doc: Document) => doc.blocks.flatMap((block) => (block.type === "sources" ? block.sources.map((s) => s.n) : []));

describe("dates keep their precision", () => {
  it.each([
    ["2022-03-27", "27 Mar 2022"],
    ["2022-11", "Nov 2022"],
    ["2014", "2014"],
    ["not a date", "not a date"],
  ])("%s → %s", (input, expected) => {
    expect(partialDateLabel(input)).toBe(expected);
  });

  it.each([
    ["2022-03-27", "2022-11-15", "Mar–Nov 2022"],
    ["2022-03-01", "2022-03-27", "Mar 2022"],
    ["2022-03-27", "2022-03-27", "27 Mar 2022"],
    ["2021-12-30", "2022-01-02", "Dec 2021–Jan 2022"],
  ])("%s..%s → %s", (from, to, expected) => {
    expect(formatSpan(from, to)).toBe(expected);
  });
});

describe("composers", () => {
  const documents = {
    brief: composeBrief(FIXTURES.brief),
    "who person": composeWhoPerson(FIXTURES.whoPerson),
    "who phrase": composeWhoPhrase(FIXTURES.whoPhrase),
    on: composeOn(FIXTURES.onDate),
    entity: composeEntity(FIXTURES.entity),
    sources: composeSources(FIXTURES.sources),
  };

  it.each(Object.entries(documents))("%s: every citation points at a listed source", (_name, doc) => {
    const listed = new Set(sourceNumbers(doc));
    expect(cited(doc).filter((n) => !listed.has(n))).toEqual([]);
  });

  it("the brief has summary bullets, people, quotes, a timeline and sources, in that order", () => {
    const titles = documents.brief.blocks.flatMap((block) => (block.type === "heading" ? [block.text] : []));
    expect(titles).toEqual(["Turkey's mediation between Russia and Ukraine", "People", "Quotes", "Timeline", "Sources"]);
    expect(documents.brief.blocks[1]).toEqual({ type: "context", text: "2 articles, Mar–Nov 2022" });
  });

  it("who shows verbatim words before reported speech, and reported speech without quotation marks", () => {
    const quotes = composeWhoPerson(FIXTURES.whoPerson, { all: true }).blocks.flatMap((block) => (block.type === "quote" ? [block] : []));
    const firstReported = quotes.findIndex((quote) => quote.reported);
    expect(firstReported).toBeGreaterThan(0);
    expect(quotes.slice(firstReported).every((quote) => quote.reported)).toBe(true);
  });

  it("who a phrase names the speaker, when, and where it was reported, with the date's own words", () => {
    expect(documents["who phrase"].blocks[1]).toEqual({
      type: "paragraph",
      text: "Ibrahim Kalin said it on 27 Mar 2022 (“on Sunday”), reported by Ahval on 27 Mar 2022 via Reuters.",
      cites: [1],
    });
  });

  it("a quote whose saying day is unknown is dated by publication, marked as reported", () => {
    expect(renderText(documents["who person"])).toContain("— reported 15 Nov 2022 (NPR)");
  });

  it("an event known only to the month is shown as sometime in that month", () => {
    const [event] = FIXTURES.onDate.events;
    if (!event) throw new Error("fixture has events");
    const doc = composeOn({
      ...FIXTURES.onDate,
      events: [{ ...event, date: { ...event.date, date: "2022-03", precision: "month" }, sometimeIn: true }],
    });
    expect(renderText(doc)).toContain("sometime in Mar 2022");
  });

  it("topics list each slug with its counts", () => {
    expect(renderText(composeTopics(FIXTURES.topics))).toContain(
      "turkey-mediation: Turkey's mediation between Russia and Ukraine (2 articles,",
    );
  });

  it("an empty topic says so instead of showing empty sections", () => {
    const doc = composeBrief({
      ...FIXTURES.brief,
      articleCount: 0,
      published: null,
      summary: [],
      people: [],
      quotes: [],
      timeline: [],
      sources: [],
    });
    expect(doc.blocks.some((block) => block.type === "heading" && block.level === 2)).toBe(false);
    expect(renderText(doc)).toContain("No article on this topic yet.");
  });

  it("the brief reads like the product design's example at 80 columns", () => {
    expect(renderText(documents.brief)).toMatchSnapshot();
  });
});
