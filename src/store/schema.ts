import { V4_FOLLOWED_SOURCES } from "./schema-sources.ts";

/**
 * The database schema as an ordered list of migrations. Migration N brings a database from
 * `user_version` N-1 to N; never edit a released migration, append a new one.
 */
export type Migration = { version: number; description: string; sql: string };

// why: FTS tables are contentless (content='') with contentless_delete so the text is stored once, in
// the fact tables; triggers keep the index in step, including rows removed by ON DELETE CASCADE.
const TOKENIZE = "tokenize='porter unicode61 remove_diacritics 2'";
const FTS_OPTIONS = `content='', contentless_delete=1, ${TOKENIZE}`;
// why: sentences hold their text in a plain column, so their index reads it from there (external content) and
// keeps no per-row sizes (columnsize=0): bm25 tokenizes the few ranked candidates' text instead.
const SENTENCE_FTS_OPTIONS = `content='sentences', content_rowid='id', columnsize=0, ${TOKENIZE}`;

const V1_FACTS = `
-- why: children reference the small integer key n, not the text id, which is long (derived from the URL)
-- and would be repeated in every sentence, quote, event, alias and role row.
CREATE TABLE articles (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  published TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  text_chars INTEGER NOT NULL,
  -- denormalised so topic and source listings need no per-article counting
  quote_count INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  warnings TEXT NOT NULL DEFAULT '[]',
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  -- 1: cut from the body by the splitter; 0: a fact's sentence the splitter cut differently
  in_body INTEGER NOT NULL
);
CREATE INDEX sentences_article ON sentences(article, ord);

CREATE TABLE entities (
  -- why: aliases, roles and quotes (many rows per entity) reference the small integer n, not the long text id
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  -- people only: the folded surname, so a surname-only mention can find its full name
  surname_key TEXT
);
CREATE INDEX entities_surname ON entities(surname_key) WHERE surname_key IS NOT NULL;

CREATE TABLE entity_aliases (
  entity INTEGER NOT NULL REFERENCES entities(n) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
  PRIMARY KEY (entity, alias, article)
) WITHOUT ROWID;

-- Distinct folded names per entity: the small list typo-tolerant lookup scans.
CREATE TABLE entity_names (
  key TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_names_entity ON entity_names(entity_id);
CREATE INDEX entity_aliases_article ON entity_aliases(article);

CREATE TABLE entity_roles (
  entity INTEGER NOT NULL REFERENCES entities(n) ON DELETE CASCADE,
  role TEXT NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
  sentence_id INTEGER NOT NULL,
  PRIMARY KEY (entity, role, article)
) WITHOUT ROWID;
-- why: no index on article: roles are only read by entity; the ON DELETE CASCADE of a replaced article
-- (rare) scans the table once instead.

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  -- NULL when the quote is exactly the sentence's characters start..end (read back with substr)
  text TEXT,
  kind TEXT NOT NULL,
  speaker INTEGER REFERENCES entities(n),
  speaker_name TEXT,
  speaker_role TEXT,
  speaker_description TEXT,
  via TEXT,
  said_date TEXT,
  said_precision TEXT,
  said_basis TEXT,
  said_phrase TEXT,
  said_from TEXT,
  said_to TEXT,
  sentence_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker, said_from);
CREATE INDEX quotes_said ON quotes(said_from) WHERE said_from IS NOT NULL;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  date TEXT NOT NULL,
  precision TEXT NOT NULL,
  basis TEXT NOT NULL,
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  -- NULL when the summary is the sentence's first summary_len characters
  summary TEXT,
  summary_len INTEGER NOT NULL,
  actors TEXT NOT NULL,
  sentence_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_from ON events(date_from, date_to);

-- Topic slugs as small integers, so topic tags don't repeat the slug text.
CREATE TABLE topics (
  n INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE
);

CREATE TABLE article_topics (
  topic INTEGER NOT NULL REFERENCES topics(n),
  article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
  score INTEGER NOT NULL,
  -- the article's publication day, so a topic's newest articles are one index range away
  published TEXT NOT NULL,
  -- why: keyed by article (an article's topics, the cascade) while the index below serves every read by topic
  PRIMARY KEY (article, topic)
) WITHOUT ROWID;
CREATE INDEX article_topics_recent ON article_topics(topic, published, article);

-- Per-topic totals kept by triggers, so listing topics never counts thousands of rows.
CREATE TABLE topic_stats (
  slug TEXT PRIMARY KEY,
  articles INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  events INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER article_topics_stats_insert AFTER INSERT ON article_topics BEGIN
  INSERT INTO topic_stats (slug, articles, quotes, events)
    SELECT t.slug, 1, a.quote_count, a.event_count FROM articles a, topics t WHERE a.n = new.article AND t.n = new.topic
    ON CONFLICT(slug) DO UPDATE SET articles = articles + 1, quotes = quotes + excluded.quotes, events = events + excluded.events;
END;
-- why: delete an article's topic rows before the article itself, so its counts are still there to subtract
CREATE TRIGGER article_topics_stats_delete AFTER DELETE ON article_topics BEGIN
  UPDATE topic_stats SET articles = articles - 1,
    quotes = quotes - COALESCE((SELECT quote_count FROM articles WHERE n = old.article), 0),
    events = events - COALESCE((SELECT event_count FROM articles WHERE n = old.article), 0)
  WHERE slug = (SELECT slug FROM topics WHERE n = old.topic);
END;

-- A topic's best sentences in each article. No foreign key to sentences: rows are only looked up by
-- (sentence, topic), and are removed with their article (see write-article.ts).
-- why: keyed sentence first, so rows are appended in id order and pages stay full
CREATE TABLE sentence_topics (
  sentence_id INTEGER NOT NULL,
  topic INTEGER NOT NULL REFERENCES topics(n),
  score INTEGER NOT NULL,
  PRIMARY KEY (sentence_id, topic)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, ${FTS_OPTIONS});
CREATE VIRTUAL TABLE events_fts USING fts5(summary, ${FTS_OPTIONS});
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, ${SENTENCE_FTS_OPTIONS});
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, COALESCE(new.text,
    (SELECT substr(s.text, new.start - s.start + 1, new."end" - new.start) FROM sentences s WHERE s.id = new.sentence_id)));
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  DELETE FROM quotes_fts WHERE rowid = old.id;
END;
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, summary) VALUES (new.id, COALESCE(new.summary,
    (SELECT substr(s.text, 1, new.summary_len) FROM sentences s WHERE s.id = new.sentence_id)));
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_fts WHERE rowid = old.id;
END;
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences WHEN new.in_body = 1 BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences WHEN old.in_body = 1 BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
`;

const V1_CONVERSATIONS = `
CREATE TABLE threads (
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  topic TEXT,
  fact_ids TEXT NOT NULL,
  entities TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (platform, channel, thread_id)
) WITHOUT ROWID;

CREATE TABLE thread_turns (
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  author TEXT NOT NULL,
  text TEXT NOT NULL,
  entities TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (platform, channel, thread_id, n),
  FOREIGN KEY (platform, channel, thread_id) REFERENCES threads(platform, channel, thread_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE subscriptions (
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  topic TEXT NOT NULL,
  cron TEXT NOT NULL,
  timezone TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (platform, channel, topic)
) WITHOUT ROWID;

-- One row per (digest, target, slot): written 'sending' before the post and 'sent' after,
-- so a restart never posts a slot twice and never silently skips one.
CREATE TABLE deliveries (
  digest_id TEXT NOT NULL,
  target TEXT NOT NULL,
  slot TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  message_id TEXT,
  error TEXT,
  late INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (digest_id, target, slot)
) WITHOUT ROWID;
CREATE INDEX deliveries_target ON deliveries(target, digest_id, slot);
`;

// Why version 2, for size (the file was 2.5x the raw text):
// - the article text is kept once, compressed, in articles.body (see article-text.ts); a sentence row keeps its
//   own text only when it is not the body's characters start..end (NULL otherwise). Articles stored before this
//   version have no body and keep their sentence text.
// - an article's sentences are the id range sentences_from..sentences_to (one article is written in one
//   transaction, so its ids are consecutive) instead of an index on sentences(article); without that index a
//   foreign-key cascade would scan every sentence, so the store deletes an article's sentences itself.
// - full-text rows are written by the store (it holds the text while writing), so the insert triggers go; the
//   delete triggers stay so deleting a fact still clears its index row.
const V2_COMPRESSED_TEXT = `
ALTER TABLE articles ADD COLUMN body BLOB;
ALTER TABLE articles ADD COLUMN sentences_from INTEGER;
ALTER TABLE articles ADD COLUMN sentences_to INTEGER;
UPDATE articles SET (sentences_from, sentences_to) = (SELECT min(id), max(id) FROM sentences WHERE article = articles.n);

DROP TRIGGER quotes_fts_insert;
DROP TRIGGER events_fts_insert;
DROP TRIGGER sentences_fts_insert;
DROP TRIGGER sentences_fts_delete;
DROP TABLE sentences_fts;

CREATE TABLE sentences_v2 (
  id INTEGER PRIMARY KEY,
  -- articles.n; no foreign key (see above): deleted with their article by write-article.ts
  article INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  -- NULL when the text is the article body's characters start..end
  text TEXT,
  in_body INTEGER NOT NULL
);
INSERT INTO sentences_v2 (id, article, ord, start, "end", text, in_body) SELECT id, article, ord, start, "end", text, in_body FROM sentences;
DROP TABLE sentences;
ALTER TABLE sentences_v2 RENAME TO sentences;

CREATE VIRTUAL TABLE sentences_fts USING fts5(text, ${FTS_OPTIONS});
INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE in_body = 1;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences WHEN old.in_body = 1 BEGIN
  DELETE FROM sentences_fts WHERE rowid = old.id;
END;
`;

// Why version 3: a date that is a range or a season ("between March 2009 and May 2011", "spring 2019") is one
// event with its EDTF form in events.edtf (NULL for a point date); date_from..date_to already hold its whole
// span. The partial index serves "which ranges overlap this query" without touching point events.
// Rows stored before this version have no range form: `brief reextract` reads them again.
const V3_DATE_RANGES = `
ALTER TABLE events ADD COLUMN edtf TEXT;
CREATE INDEX events_ranges ON events(date_from, date_to) WHERE edtf IS NOT NULL;
`;

// Why version 5: a thread root keeps the command it answered as data (JSON of RootCommand), so its context is
// derived from the command's arguments rather than from its readable line. NULL for roots stored before it (and
// for roots whose command came as text); those keep being read from the line.
const V5_THREAD_ROOT_COMMAND = `
ALTER TABLE threads ADD COLUMN root_command TEXT;
`;

// Why version 6: "what did this person say" lists their newest quotes, newest said day first and, within a
// day, oldest id first. An index kept in that order (said_from descending; SQLite keeps equal keys in rowid
// order) gives the first :limit rows by walking it, where the ascending one made SQLite sort every quote of
// the day being cut (thousands for a person quoted daily). Same columns, so the same size.
const V6_SPEAKER_NEWEST_FIRST = `
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes(speaker, said_from DESC);
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "articles, facts, entities, topics, full-text indexes, threads, subscriptions, deliveries",
    sql: V1_FACTS + V1_CONVERSATIONS,
  },
  {
    version: 2,
    description: "article text stored once, compressed; sentence rows point into it",
    sql: V2_COMPRESSED_TEXT,
  },
  {
    version: 3,
    description: "events that are date ranges or seasons keep their EDTF form",
    sql: V3_DATE_RANGES,
  },
  {
    version: 4,
    description: "followed sources with their polling state, and the feed items already seen",
    sql: V4_FOLLOWED_SOURCES,
  },
  {
    version: 5,
    description: "a thread root keeps the command it answered, with its arguments",
    sql: V5_THREAD_ROOT_COMMAND,
  },
  {
    version: 6,
    description: "a person's quotes indexed newest said day first",
    sql: V6_SPEAKER_NEWEST_FIRST,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
