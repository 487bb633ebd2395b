import type BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleFacts } from "../../../src/domain/facts.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { storeOfArticles } from "../../support/store-of-articles.ts";

/**
 * The events of a span, as `brief on` lists them, written as one plain query that joins and sorts every match:
 * the reference the store's faster query (each arm limited before the join) must agree with, row for row.
 */
const REFERENCE = `SELECT e.id FROM events e WHERE e.id IN (
    SELECT id FROM events WHERE date_from >= :from AND date_from <= :to AND date_to <= :to
    UNION SELECT id FROM events WHERE edtf IS NOT NULL AND date_from <= :to AND date_to >= :from)
  ORDER BY e.date_from, e.date_to DESC, e.id LIMIT :limit`;

// why: few years, months and days, so many events share a first day (a day and its month, a range) and the order
// of ties decides which of them fit the limit.
let seed = 11;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pad = (n: number) => String(n).padStart(2, "0");
const year = () => 2018 + Math.floor(random() * 3);
const month = () => 1 + Math.floor(random() * 4);

/** A day, a month, a range of months or a season: the four shapes an event's date takes. */
function eventDate(): Pick<ArticleFacts["events"][number], "date" | "precision" | "edtf"> {
  const shape = random();
  if (shape < 0.4) return { date: `${year()}-${pad(month())}-${pad(1 + Math.floor(random() * 2))}`, precision: "day" };
  if (shape < 0.65) return { date: `${year()}-${pad(month())}`, precision: "month" };
  if (shape < 0.85) {
    const from = year();
    const start = `${from}-${pad(month())}`;
    const end = `${from + 1 + Math.floor(random() * 2)}-${pad(month())}`;
    return { date: start, precision: "month", edtf: `${start}/${end}` };
  }
  const from = year();
  return { date: String(from), precision: "year", edtf: `${from}-${21 + Math.floor(random() * 4)}` };
}

function article(n: number): { facts: ArticleFacts; text: string } {
  const events: ArticleFacts["events"] = [];
  const lines: string[] = [];
  let offset = 0;
  for (let i = 0; i < 6; i++) {
    const line = `Line ${i} of report ${n} tells of a meeting at the port about the harbour works.`;
    events.push({
      ...eventDate(),
      basis: "explicit",
      summary: line.slice(0, 40),
      actors: [],
      sentence: line,
      start: offset,
      end: offset + line.length,
    });
    lines.push(line);
    offset += line.length + 2;
  }
  const id = `report-${n}`;
  const published = `2022-0${1 + (n % 9)}-1${n % 10}`;
  return {
    facts: {
      article: { id, title: `Report ${n}`, source: "Example Wire", url: `https://news.example/${id}`, published },
      quotes: [],
      events,
      entities: [],
      warnings: [],
    },
    text: lines.join("\n\n"),
  };
}

let world: ReturnType<typeof storeOfArticles>;
let store: FactStore;
let reference: BetterSqlite3.Database;

beforeAll(() => {
  world = storeOfArticles("events-within-", 60, article);
  ({ store, reference } = world);
});

afterAll(() => world.close());

describe("events within a span (brief on)", () => {
  const spans = [
    ["2019-01-01", "2019-12-31"],
    ["2020-03-01", "2020-03-31"],
    ["2019-02-01", "2019-02-01"],
    ["2018-03-02", "2018-03-02"],
    ["2019-11-01", "2020-02-29"],
    ["2010-01-01", "2030-12-31"],
    ["2030-01-01", "2030-12-31"],
  ] as const;
  it.each(spans)("lists %s … %s exactly as joining and sorting every match would, at every limit", (from, to) => {
    const statement = reference.prepare(REFERENCE);
    for (const limit of [1, 3, 10, 50, 1000]) {
      const expected = (statement.all({ from, to, limit }) as { id: number }[]).map((row) => String(row.id));
      const got = store.eventsWithin({ from, to }, limit).map((row) => String(row.id));
      expect(got, `limit ${limit}`).toEqual(expected);
    }
  });

  it("the store holds ranges and seasons that overlap spans, and spans with more events than the limit", () => {
    const ranges = reference.prepare("SELECT count(*) AS n FROM events WHERE edtf IS NOT NULL").get() as { n: number };
    expect(ranges.n).toBeGreaterThan(30);
    expect(store.eventsWithin({ from: "2019-01-01", to: "2019-12-31" }, 1000).length).toBeGreaterThan(50);
  });
});
