import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cleanArticleText, extractArticle } from "../../../src/extract/index.ts";
import { reextractAll } from "../../../src/ingest/reextract.ts";
import { createTopicMatcher } from "../../../src/ingest/topic-matcher.ts";
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from "../../../src/store/schema.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const QUOTE_SENTENCE = '"The bridge opens in May," Grace Hopper said.';
const OTHER_SENTENCE = "Engineers inspected the cables on Tuesday.";

/** A database as schema version 1 wrote it: sentence text in every sentence row, full-text rows by trigger. */
function versionOneDatabase(): string {
  const path = join(makeTempDir("brief-v1-"), "brief.db");
  const db = new BetterSqlite3(path);
  const v1 = MIGRATIONS.find((migration) => migration.version === 1);
  if (!v1) throw new Error("migration 1 is missing");
  db.exec(v1.sql);
  db.pragma("user_version = 1");
  db.exec(`
    INSERT INTO articles (n, id, url, title, source, published, content_hash, text_chars, quote_count, event_count, ingested_at)
      VALUES (1, 'old-1', 'https://example.org/old-1', 'Bridge news', 'Outlet', '2024-05-02', 'hash-old-1', 90, 1, 1, '2024-05-02T08:00:00Z');
    INSERT INTO sentences (id, article, ord, start, "end", text, in_body) VALUES
      (1, 1, 0, 0, ${QUOTE_SENTENCE.length}, '${QUOTE_SENTENCE.replace(/'/g, "''")}', 1),
      (2, 1, 1, ${QUOTE_SENTENCE.length + 1}, ${QUOTE_SENTENCE.length + 1 + OTHER_SENTENCE.length}, '${OTHER_SENTENCE}', 1);
    INSERT INTO entities (n, id, type, name, surname_key) VALUES (1, 'person:g.h_p_r', 'person', 'Grace Hopper', 'hopper');
    INSERT INTO entity_names (key, entity_id) VALUES ('grace hopper', 'person:g.h_p_r');
    INSERT INTO entity_aliases (entity, alias, article) VALUES (1, 'Grace Hopper', 1);
    INSERT INTO quotes (id, article, ord, text, kind, speaker, sentence_id, start, "end")
      VALUES (1, 1, 0, NULL, 'direct', 1, 1, 1, 25);
    INSERT INTO events (id, article, ord, date, precision, basis, date_from, date_to, summary, summary_len, actors, sentence_id, start, "end")
      VALUES (1, 1, 0, '2024-05-01', 'day', 'relative', '2024-05-01', '2024-05-01', NULL, 27, '[]', 2, 47, 89);
    INSERT INTO topics (n, slug) VALUES (1, 'bridges');
    INSERT INTO article_topics (topic, article, score, published) VALUES (1, 1, 3, '2024-05-02');
    INSERT INTO sentence_topics (sentence_id, topic, score) VALUES (2, 1, 2);
  `);
  db.close();
  return path;
}

function sentencesStoredFor(facts: ReturnType<typeof makeFacts>): number {
  const fresh = createSqliteStore({ path: ":memory:" });
  fresh.putArticle(toStore(facts));
  const count = fresh.counts().sentences;
  fresh.close();
  return count;
}

describe("SQLite fact store: a version-1 database", () => {
  it("is migrated on open and keeps every fact readable and searchable", () => {
    const path = versionOneDatabase();
    const store = createSqliteStore({ path });
    try {
      const [quote] = store.quotesBySpeaker("person:g.h_p_r", 10);
      expect(quote?.text).toBe("The bridge opens in May,");
      expect(quote?.sentence).toBe(QUOTE_SENTENCE);
      const [event] = store.eventsWithin({ from: "2024-05-01", to: "2024-05-01" }, 10);
      expect(event?.summary).toBe("Engineers inspected the cab");
      expect(store.searchSentences({ terms: ["cables"], mode: "all" }, 10).map((row) => row.sentence)).toEqual([OTHER_SENTENCE]);
      expect(store.searchQuotes({ terms: ["bridge"], mode: "all" }, 10)).toHaveLength(1);
      expect(store.topicSentences("bridges", 10).map((row) => row.sentence)).toEqual([OTHER_SENTENCE]);
    } finally {
      store.close();
    }
    const raw = new BetterSqlite3(path, { readonly: true });
    expect(raw.pragma("user_version", { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    raw.close();
  });

  it("replaces an old article by URL without leaving its sentences behind", () => {
    const store = createSqliteStore({ path: versionOneDatabase() });
    try {
      const fresh = makeFacts("old-1", { url: "https://example.org/old-1", people: ["Grace Hopper"] });
      expect(store.putArticle(toStore(fresh)).status).toBe("replaced");
      expect(store.searchSentences({ terms: ["cables"], mode: "all" }, 10)).toHaveLength(0);
      expect(store.counts()).toMatchObject({ articles: 1, sentences: sentencesStoredFor(fresh) });
      expect(store.retag(() => ({ article: [{ slug: "bridges", score: 1 }], sentences: [] }))).toBe(1);
    } finally {
      store.close();
    }
  });

  it("re-reads an old article from its sentences with brief reextract, which then keeps its text compressed", async () => {
    const path = versionOneDatabase();
    const store = createSqliteStore({ path });
    try {
      expect(store.storedArticle("old-1")?.text.trimEnd()).toBe(`${QUOTE_SENTENCE} ${OTHER_SENTENCE}`);
      const matcher = createTopicMatcher([
        { slug: "bridges", title: "Bridges", description: "Bridges", keywords: ["bridge*"], minMatches: 1 },
      ]);
      const summary = await reextractAll({ store, extract: extractArticle, clean: cleanArticleText, matcher });
      expect(summary).toMatchObject({ reextracted: 1, failures: [] });
      expect(store.searchQuotes({ terms: ["bridge"], mode: "all" }, 10).map((row) => [row.speakerName, row.text])).toEqual([
        ["Grace Hopper", "The bridge opens in May,"],
      ]);
    } finally {
      store.close();
    }
    const raw = new BetterSqlite3(path, { readonly: true });
    expect(raw.prepare("SELECT body IS NOT NULL FROM articles").pluck().get()).toBe(1);
    raw.close();
  });
});
