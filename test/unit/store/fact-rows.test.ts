import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { entityId } from "../../../src/domain/entity-key.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import type { StoreError } from "../../../src/store/store-error.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

// Rows leave the store as the port's camelCase types, whichever way parseRows takes (every row checked for a
// small result, the first row only for a large one), and a row that does not fit is reported as damage.
const ADA = entityId("person", "Ada Lovelace");
const QUOTE_KEYS = [
  "articleId",
  "end",
  "id",
  "kind",
  "published",
  "saidBasis",
  "saidDate",
  "saidPhrase",
  "saidPrecision",
  "score",
  "sentence",
  "source",
  "speakerDescription",
  "speakerId",
  "speakerName",
  "speakerRole",
  "start",
  "text",
  "title",
  "url",
  "via",
];
const EVENT_KEYS = ["actors", "articleId", "basis", "date", "edtf", "end", "id", "precision", "published", "score", "sentence"];

const opened: FactStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** A store file holding `articles` articles, each with one quote of Ada Lovelace and one event; `damage` runs raw SQL first. */
function storeWith(articles: number, damage?: string): FactStore {
  const path = join(makeTempDir("brief-rows-"), "brief.db");
  const writer = createSqliteStore({ path });
  for (let i = 0; i < articles; i++)
    writer.putArticle(
      toStore(
        makeFacts(`a${i}`, {
          published: `2024-01-${String(1 + (i % 28)).padStart(2, "0")}`,
          people: ["Ada Lovelace"],
          quotes: [{ speaker: "Ada Lovelace", text: `The engine weaves pattern ${i}`, saidOn: "2024-01-05" }],
        }),
      ),
    );
  writer.close();
  if (damage) {
    const raw = new BetterSqlite3(path);
    raw.exec(damage);
    raw.close();
  }
  const store = createSqliteStore({ path });
  opened.push(store);
  return store;
}

function damageOf(read: () => unknown): StoreError {
  try {
    read();
  } catch (error) {
    return error as StoreError;
  }
  throw new Error("expected the read to report damage");
}

describe("fact rows read back", () => {
  it.each([3, 40])("carry the port's camelCase keys and nothing else (%i rows)", (count) => {
    const store = storeWith(count);
    const quotes = store.quotesBySpeaker(ADA, 100);
    expect(quotes).toHaveLength(count);
    for (const quote of quotes) expect(Object.keys(quote).sort()).toEqual(QUOTE_KEYS);
    expect(quotes[0]).toMatchObject({ speakerId: ADA, speakerName: "Ada Lovelace", saidDate: "2024-01-05", saidPrecision: "day" });
    const events = store.eventsDated("2024-01", 100);
    expect(events).toHaveLength(count);
    for (const event of events)
      expect(Object.keys(event).sort()).toEqual([...EVENT_KEYS, "source", "start", "summary", "title", "url"].sort());
    const articles = store.listArticles(100);
    expect(Object.keys(articles[0] ?? {}).sort()).toEqual([
      "eventCount",
      "id",
      "published",
      "quoteCount",
      "source",
      "title",
      "topics",
      "url",
    ]);
    expect(articles[0]).toMatchObject({ quoteCount: 1, eventCount: 1, topics: ["demo"] });
    const roles = store.entityRoles([ADA]);
    expect(roles[0]).toMatchObject({ entityId: ADA, role: expect.stringContaining("role of Ada Lovelace") });
    expect(store.entityAliases(ADA)[0]).toEqual({ entityId: ADA, alias: "Ada Lovelace", articleId: expect.any(String) });
    expect(store.aliasKeys()).toContainEqual({ entityId: ADA, aliasKey: "ada lovelace" });
    expect(store.roleCounts([ADA])[0]).toMatchObject({ entityId: ADA, n: 1 });
  });

  it.each([3, 40])("report a value the schema does not allow as damage, naming the field (%i rows)", (count) => {
    const store = storeWith(count, "UPDATE quotes SET said_precision = 'decade'");
    const error = damageOf(() => store.quotesBySpeaker(ADA, 100));
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain("a quote row with an unexpected saidPrecision");
  });

  it("report stored JSON that does not parse as damage in a large result too (past its first row)", () => {
    const store = storeWith(40, "UPDATE events SET actors = 'not json' WHERE id = (SELECT max(id) FROM events)");
    const error = damageOf(() => store.eventsDated("2024-01", 100));
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain("an event's actors that is not valid JSON");
  });
});
