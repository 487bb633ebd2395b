import type BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityId } from "../../../src/domain/entity-key.ts";
import type { ArticleFacts } from "../../../src/domain/facts.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { storeOfArticles } from "../../support/store-of-articles.ts";

/**
 * A person's newest quotes, as `brief who` lists them, written as one plain query that reads every quote's article
 * before sorting: the reference the store's faster query (dated quotes from the index, undated ones apart) must match.
 */
const REFERENCE = `SELECT q.id, COALESCE(q.said_from, a.published) AS day FROM quotes q JOIN articles a ON a.n = q.article
  WHERE q.speaker = (SELECT n FROM entities WHERE id = ?) ORDER BY day DESC, q.id LIMIT ?`;

const SPEAKERS = ["Oda Varn", "Pim Selk", "Rune Tass"];

let seed = 5;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
// why: few distinct days, so many quotes tie on their day and the order of ties decides which fit the limit
const day = () => `2021-0${1 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 3)}`;

function article(n: number): { facts: ArticleFacts; text: string } {
  const published = day();
  const quotes: ArticleFacts["quotes"] = [];
  const lines: string[] = [];
  let offset = 0;
  for (let i = 0; i < 5; i++) {
    const speaker = SPEAKERS[Math.floor(random() * SPEAKERS.length)] ?? "Oda Varn";
    const words = `the harbour works ${n} ${i} will finish on time`;
    const line = `"${words}," ${speaker} said.`;
    quotes.push({
      text: words,
      kind: "direct",
      speaker: { name: speaker, entityId: entityId("person", speaker) },
      via: null,
      // why: about half the quotes carry no day of their own and take their article's
      saidOn: random() < 0.5 ? null : { date: day(), precision: "day", basis: "explicit" },
      sentence: line,
      start: offset + 1,
      end: offset + 1 + words.length,
    });
    lines.push(line);
    offset += line.length + 2;
  }
  const id = `quotes-${n}`;
  const entities = SPEAKERS.map((name) => ({ id: entityId("person", name), name, type: "person" as const, aliases: [], roles: [] }));
  return {
    facts: {
      article: { id, title: `Quotes ${n}`, source: "Example Wire", url: `https://news.example/${id}`, published },
      quotes,
      events: [],
      entities,
      warnings: [],
    },
    text: lines.join("\n\n"),
  };
}

let world: ReturnType<typeof storeOfArticles>;
let store: FactStore;
let reference: BetterSqlite3.Database;

beforeAll(() => {
  world = storeOfArticles("quotes-by-speaker-", 40, article);
  ({ store, reference } = world);
});

afterAll(() => world.close());

describe("a person's newest quotes (brief who)", () => {
  it.each(SPEAKERS)("lists %s's quotes exactly as reading every quote's article would, at every limit", (name) => {
    const id = entityId("person", name);
    const statement = reference.prepare(REFERENCE);
    for (const limit of [1, 4, 10, 30, 1000]) {
      const expected = (statement.all(id, limit) as { id: number }[]).map((row) => String(row.id));
      const got = store.quotesBySpeaker(id, limit).map((row) => String(row.id));
      expect(got, `limit ${limit}`).toEqual(expected);
    }
  });

  it("the store holds dated and undated quotes, more per person than the limits", () => {
    const counts = reference.prepare("SELECT count(said_from) AS dated, count(*) - count(said_from) AS undated FROM quotes").get() as {
      dated: number;
      undated: number;
    };
    expect(counts.dated).toBeGreaterThan(40);
    expect(counts.undated).toBeGreaterThan(40);
    expect(store.quotesBySpeaker(entityId("person", "Pim Selk"), 1000).length).toBeGreaterThan(30);
  });

  it("a person never quoted, or unknown, has no quotes", () => {
    expect(store.quotesBySpeaker("person:nobody", 10)).toEqual([]);
  });
});
