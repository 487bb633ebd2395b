import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { formatEvent } from "../../../src/cli/format-results.ts";
import { edtfBounds, edtfLabel } from "../../../src/domain/edtf.ts";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { createIngester, type Extract } from "../../../src/ingest/ingest-article.ts";
import { reextractAll } from "../../../src/ingest/reextract.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { createQueryEngine } from "../../../src/query/create-query-engine.ts";
import * as Q from "../../../src/query/types.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { MIGRATIONS } from "../../../src/store/schema.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";

// An invented article whose dates are a range, a year span and a season.
const ARTICLE = {
  title: "Depot closes",
  source: "Valley Post",
  url: "https://example.org/depot",
  published: "2024-09-18",
  text: [
    "Orvik Freight ran the river depot between March 2009 and May 2011, when the licence lapsed.",
    "The mill next door lost money from 2005 to 2008.",
    "Herons returned to the marsh in the spring of 2019, the wardens said.",
  ].join("\n\n"),
};
const TOPICS = [{ slug: "depots", title: "Depots", description: "River depots", keywords: ["depot*", "mill"], minMatches: 1 }];
const matcher = createTopicMatcher(TOPICS);

const opened: FactStore[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function storeWith(extract: Extract, path = ":memory:"): Promise<FactStore> {
  const store = createSqliteStore({ path, now: () => "2024-09-18T08:00:00.000Z" });
  opened.push(store);
  await createIngester({ store, extract, clean: cleanArticleText, matcher }).ingest(ARTICLE);
  return store;
}

function onDate(store: FactStore, expression: string) {
  const result = createQueryEngine(store, TOPICS).onDate(expression);
  return result.kind === "on-date" ? Q.OnDateResultSchema.parse(result) : null;
}

describe("EDTF values as readers see them", () => {
  it.each([
    ["2005/2008", "2005–2008", "2005", "2008"],
    ["2009-03/2011-05", "Mar 2009–May 2011", "2009-03", "2011-05"],
    ["2011-03/2011-05", "Mar–May 2011", "2011-03", "2011-05"],
    ["2024-08-02/2024-09-06", "2 Aug–6 Sep 2024", "2024-08-02", "2024-09-06"],
    ["2024-08-02/2024-08-06", "2–6 Aug 2024", "2024-08-02", "2024-08-06"],
    ["2019-21", "spring 2019", "2019-03", "2019-05"],
    ["2020-24", "winter 2020", "2020-12", "2021-02"],
  ])("%s reads %s and spans %s … %s", (edtf, label, start, end) => {
    expect(edtfLabel(edtf)).toBe(label);
    expect(edtfBounds(edtf)).toEqual({ start, end });
  });
});

describe("a range or a season in the store and in `brief on`", () => {
  it("finds a range from any date it overlaps, with its EDTF form beside date and precision", async () => {
    const store = await storeWith(extractArticle);
    const result = onDate(store, "2010");
    expect(result?.events.map((event) => event.date)).toEqual([
      { date: "2009-03", precision: "month", basis: "explicit", phrase: null, edtf: "2009-03/2011-05", start: "2009-03", end: "2011-05" },
    ]);
    expect(onDate(store, "2007")?.events.map((event) => event.date.edtf)).toEqual(["2005/2008"]);
    expect(onDate(store, "2019-04-15")?.events.map((event) => event.date.edtf)).toEqual(["2019-21"]);
    expect(onDate(store, "2012")).toBeNull();
  });

  it("shows a range as a range", async () => {
    const store = await storeWith(extractArticle);
    const lines = (onDate(store, "2004..2020")?.events ?? []).map((event) => formatEvent(event));
    expect(lines.map((line) => line.split(/\s{2,}| (?=\p{Lu})/u)[0])).toEqual(["2005–2008", "Mar 2009–May 2011", "spring 2019"]);
  });

  it("keeps a point date's form unchanged: no range fields", async () => {
    const store = await storeWith(extractArticle);
    const brief = createQueryEngine(store, TOPICS).topicBrief("depots");
    if (brief.kind !== "topic-brief") throw new Error(brief.kind);
    for (const event of brief.timeline) if (!event.date.edtf) expect(event.date).not.toHaveProperty("start");
  });
});

describe("schema version 3 and brief reextract", () => {
  it("adds the range column to a version-2 database on open", () => {
    const dir = mkdtempSync(join(tmpdir(), "brief-v2-"));
    dirs.push(dir);
    const path = join(dir, "brief.db");
    const raw = new BetterSqlite3(path);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 2)) raw.exec(migration.sql);
    raw.pragma("user_version = 2");
    raw.close();
    const store = createSqliteStore({ path });
    store.close();
    const check = new BetterSqlite3(path, { readonly: true });
    const columns = (check.pragma("table_info(events)") as { name: string }[]).map((column) => column.name);
    check.close();
    expect(columns).toContain("edtf");
  });

  it("brings events stored without their range form up to date", async () => {
    // the extractor of an older release: the ends of a range were separate points
    const older: Extract = (input) => {
      const facts = extractArticle(input);
      return { ...facts, events: facts.events.map(({ edtf: _edtf, ...event }) => event) };
    };
    const store = await storeWith(older);
    expect(onDate(store, "2010")).toBeNull();
    const summary = await reextractAll({ store, extract: extractArticle, clean: cleanArticleText, matcher });
    expect(summary.failures).toEqual([]);
    expect(onDate(store, "2010")?.events.map((event) => event.date.edtf)).toEqual(["2009-03/2011-05"]);
  });
});
