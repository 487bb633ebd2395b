import { afterEach, describe, expect, it } from "vitest";
import { TopicSchema } from "../../../config/file-schema.ts";
import { dateSortKey } from "../../../src/digest/date-order.ts";
import type { DigestPlan } from "../../../src/digest/plan.ts";
import { prepareDigest } from "../../../src/digest/prepare-digest.ts";
import { createDefaultIngester } from "../../../src/ingest/default-ingester.ts";
import { renderText } from "../../../src/render/text.ts";
import { createStoreFile } from "./support/digest-world.ts";
import { createManualClock } from "./support/manual-clock.ts";

// Invented articles: a made-up harbour town, its tidal barrier and its harbour master.
const TOPIC = TopicSchema.parse({
  slug: "harbour-barrier",
  title: "The harbour barrier",
  description: "A made-up town's tidal barrier.",
  keywords: ["barrier", "harbour", "surge", "gates"],
  minMatches: 2,
});

const COAST = TopicSchema.parse({
  slug: "coast-storms",
  title: "Storms on the coast",
  description: "Storm surges on a made-up coast.",
  keywords: ["storm", "surge", "ferry", "flood"],
  minMatches: 2,
});

const WIRE = [
  "Engineers in the harbour town of Velmora began closing the new tidal barrier on Tuesday after forecasters warned of a storm surge.",
  "The barrier was first proposed in March 2027 and building began on 14 June 2028.",
  "Work on the twelve steel gates stopped in 2029 when the money ran out, and resumed in February 2030.",
  "Harbour master Ilse Quarren said that the gates would stay shut until the surge had passed.",
  '"We built this for a night like tonight," Quarren told reporters at the quay.',
  "Fishing boats were moved to moorings upstream, and the ferry to the outer islands was cancelled for two days.",
  "Residents of the lower quarter were told to move cars from the quayside and to keep sandbags at their doors,",
  "although the council expected the gates to hold. The last great flood reached the market square and closed the town's school for a month.",
].join(" ");

const OTHER = [
  "The regional council of Velmora will vote on the harbour barrier budget next week, its chair Oskar Lindqvar said on Monday.",
  "The barrier gates cost more than planned, and the council wants to know why before the surge season.",
  "Lindqvar said that the audit would be public.",
].join(" ");

const article = (source: string, slug: string, title: string, text: string, published = "2031-03-04") => ({
  title,
  source,
  url: `https://${slug}.example/velmora-barrier`,
  published,
  text,
});

const plan: DigestPlan = {
  id: "morning",
  cron: "30 7 * * *",
  timezone: "UTC",
  targets: ["console"],
  topics: [TOPIC.slug],
  lookbackHours: 24,
  postWhenEmpty: false,
  maxItems: 20,
  origin: "config",
};

describe("a digest grouped by story", () => {
  const clock = createManualClock("2031-03-04T20:00:00Z");
  const file = createStoreFile(clock);
  afterEach(() => file.cleanup());

  it("shows wire copy carried by three outlets once, with also: the others, lines cited, dates oldest first, reported speech unquoted", async () => {
    const store = file.open();
    const ingester = createDefaultIngester(store, [TOPIC]);
    await ingester.ingest(article("Coast Wire", "coastwire", "Velmora closes its tidal barrier", WIRE, "2031-03-03"));
    await ingester.ingest(article("Valley Gazette", "gazette", "Storm gates shut in Velmora", `VELMORA (Coast Wire) - ${WIRE}`));
    await ingester.ingest(article("Northern Post", "post", "Velmora barrier closed", `${WIRE} This story was provided by a news agency.`));
    await ingester.ingest(article("Valley Gazette", "gazette2", "Council to vote on barrier budget", OTHER));
    expect(store.articleCount()).toBe(4); // stored once per outlet

    const prepared = prepareDigest(store, [TOPIC], plan, "console", Date.parse("2031-03-05T07:30:00Z"));
    if (!prepared) throw new Error("expected a digest");
    const stories = prepared.content.sections.flatMap((section) => section.stories);
    const wireTitles = ["Velmora closes its tidal barrier", "Storm gates shut in Velmora", "Velmora barrier closed"];
    const wire = stories.filter((story) => wireTitles.includes(story.lead.title));
    expect(wire).toHaveLength(1);
    // the copy published first leads; the others are named once each
    expect(wire[0]?.lead.source).toBe("Coast Wire");
    expect([...(wire[0]?.also ?? [])].sort()).toEqual(["Northern Post", "Valley Gazette"]);
    expect(stories.some((story) => story.lead.title === "Council to vote on barrier budget")).toBe(true);

    const keys = (wire[0]?.events ?? []).map((event) => dateSortKey(event.date));
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect([...keys].sort()).toEqual(keys);

    const text = renderText(prepared.doc);
    expect(text).toContain("also: ");
    expect(text.match(/Velmora closes its tidal barrier \(Coast Wire/g)).toHaveLength(1);
    expect(text).not.toMatch(/Storm gates shut in Velmora|Velmora barrier closed/);
    // every story line and every dated line carries a citation
    for (const block of prepared.doc.blocks) {
      if (block.type === "bullets") for (const item of block.items) expect(item.cites?.length).toBeGreaterThan(0);
      if (block.type === "timeline") for (const entry of block.entries) expect(entry.cites?.length).toBeGreaterThan(0);
      if (block.type === "quote") expect(block.cites?.length).toBeGreaterThan(0);
    }
    // reported speech is never put in quotation marks; the verbatim quote is
    const quotes = stories.flatMap((story) => story.quotes);
    const reported = quotes.filter((quote) => quote.kind === "indirect");
    expect(reported.length).toBeGreaterThan(0);
    for (const quote of reported) expect(text.replace(/\s+/g, " ")).not.toContain(`“${quote.text}`);
    const quoteBlocks = prepared.doc.blocks.filter((block) => block.type === "quote");
    for (const block of quoteBlocks) {
      const kind = quotes.find((quote) => quote.text === block.text)?.kind;
      expect(block.reported === true).toBe(kind === "indirect");
    }
  });

  it("shows a story that matches two topics under the first only, and counts each new article once", async () => {
    const store = file.open();
    const ingester = createDefaultIngester(store, [TOPIC, COAST]);
    await ingester.ingest(article("Coast Wire", "coastwire", "Velmora closes its tidal barrier", WIRE, "2031-03-03"));
    await ingester.ingest(article("Valley Gazette", "gazette", "Storm gates shut in Velmora", `VELMORA (Coast Wire) - ${WIRE}`));
    const both = { ...plan, topics: [TOPIC.slug, COAST.slug] };
    const prepared = prepareDigest(store, [TOPIC, COAST], both, "console", Date.parse("2031-03-05T07:30:00Z"));
    if (!prepared) throw new Error("expected a digest");
    expect(store.topicArticlesIngested(COAST.slug, prepared.content.window, 10)).toHaveLength(2); // it does match both
    const leads = prepared.content.sections.flatMap((section) => section.stories.map((story) => story.lead.title));
    expect(leads).toEqual(["Velmora closes its tidal barrier"]);
    expect(prepared.content.sections.map((section) => section.topic.slug)).toEqual([TOPIC.slug]);
    expect(prepared.content.articleCount).toBe(2);
    expect(renderText(prepared.doc)).toContain("2 new articles");
  });
});
