import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Topic } from "../../config/file-schema.ts";
import type { DigestPlan } from "../../src/digest/plan.ts";
import { prepareDigest } from "../../src/digest/prepare-digest.ts";
import { createDefaultIngester } from "../../src/ingest/default-ingester.ts";
import { DEFAULT_FETCH_LIMITS } from "../../src/ingest/web/fetch-page.ts";
import { guardedFetch } from "../../src/ingest/web/guarded-fetch.ts";
import { renderText } from "../../src/render/text.ts";
import { type PollerDeps, pollSource } from "../../src/sources/poll-source.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { type FeedServer, harbourItem, type ServedItem, startFeedServer } from "../support/feed-server.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const TOPICS: Topic[] = [
  { slug: "ferries", title: "Ferries", description: "Harbour ferries.", keywords: ["ferry", "harbour", "fares"], minMatches: 2 },
];
const MINUTE = 60_000;

// Invented wire copy: one agency story that three made-up outlets run under their own headlines.
const WIRE_TEXT = [
  "The harbour board voted on Tuesday to run a night ferry between the old quay and the island of Brennick from",
  "the first of next month, after a year in which islanders complained that the last boat left before the evening",
  "shift at the cannery ended. Fares on the night crossing will match the day fares, the board said, and the",
  "service will be reviewed after six months. The ferry operator said two crews had been hired and that the older",
  "of its boats would be refitted with brighter deck lights for the dark crossings in winter.",
].join(" ");

const wireItem = (slug: string, title: string): ServedItem => ({
  guid: `urn:wire:${slug}`,
  slug,
  title,
  text: WIRE_TEXT,
  day: "2026-01-05",
});

let outlets: FeedServer[];
let clock: number;
let store: FactStore;

beforeEach(async () => {
  outlets = [
    await startFeedServer({ outlet: "Quayside Bulletin" }),
    await startFeedServer({ outlet: "Island Courier" }),
    await startFeedServer({ outlet: "Cannery Gazette" }),
  ];
  clock = Date.parse("2026-01-05T06:00:00.000Z");
  store = createSqliteStore({ path: join(makeTempDir("brief-syndication-"), "brief.db"), now: () => new Date(clock).toISOString() });
});
afterEach(async () => {
  store.close();
  for (const outlet of outlets) await outlet.close();
});

function deps(): PollerDeps {
  return {
    store,
    ingester: createDefaultIngester(store, TOPICS),
    fetch: guardedFetch(fetch, { allowPrivate: true }),
    limits: DEFAULT_FETCH_LIMITS,
    now: () => new Date(clock),
    random: () => 0,
  };
}

async function pollAll(): Promise<void> {
  for (const [index] of outlets.entries()) {
    const source = store.sources.getSource(`outlet-${index}`) ?? expect.unreachable();
    expect(await pollSource(source, deps())).toMatchObject({ status: expect.stringMatching(/ok|not-modified/) });
  }
}

const plan: DigestPlan = {
  id: "morning",
  cron: "30 7 * * *",
  timezone: "UTC",
  targets: ["console"],
  topics: ["ferries"],
  lookbackHours: 24,
  postWhenEmpty: false,
  maxItems: 10,
  origin: "config",
};

describe("syndicated copies from several followed outlets", () => {
  it("are stored once per outlet and shown once in the digest, with also: the other outlets", async () => {
    for (const [index, outlet] of outlets.entries()) {
      outlet.items.push(harbourItem(10 + index));
      const at = new Date(clock).toISOString();
      store.sources.addSource({
        id: `outlet-${index}`,
        url: outlet.feedUrl,
        topics: ["ferries"],
        intervalMinutes: 30,
        backfill: 5,
        origin: "cli",
        scope: null,
        followedAt: at,
        nextTry: at,
      });
    }
    await pollAll(); // the backlog: stored, never announced
    const followed = clock;
    clock += 30 * MINUTE;
    outlets[0]?.items.unshift(wireItem("night-ferry", "Night ferry to Brennick approved"));
    outlets[1]?.items.unshift(wireItem("brennick-boat", "Islanders get their late boat"));
    outlets[2]?.items.unshift(wireItem("cannery-shift", "Board backs night crossing"));
    await pollAll();
    expect(store.articleCount()).toBe(6); // three backlog items, three copies of the wire story: one per outlet

    const prepared = prepareDigest(store, TOPICS, plan, "console", clock + MINUTE);
    if (!prepared) throw new Error("expected a digest");
    expect(prepared.content.window.after <= new Date(followed).toISOString()).toBe(true);
    const stories = prepared.content.sections.flatMap((section) => section.stories);
    expect(stories).toHaveLength(1);
    expect(stories[0]?.also).toHaveLength(2);
    const outletsNamed = [stories[0]?.lead.source, ...(stories[0]?.also ?? [])].sort();
    expect(outletsNamed).toEqual(["Cannery Gazette", "Island Courier", "Quayside Bulletin"]);
    const text = renderText(prepared.doc, { color: false, width: 200 });
    expect(text).toContain(`also: ${stories[0]?.also.join(", ")}`);
    expect(text).toContain("3 new articles");
  });
});
