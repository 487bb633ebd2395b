import type { Database } from "better-sqlite3";

/** Adds a topic slug to `topics` if new; run before INSERT_ARTICLE_TOPIC and INSERT_SENTENCE_TOPIC. */
export const INTERN_TOPIC = "INSERT OR IGNORE INTO topics (slug) VALUES (?)";
/** Parameters: slug, article (articles.n), score, published. */
export const INSERT_ARTICLE_TOPIC =
  "INSERT INTO article_topics (topic, article, score, published) VALUES ((SELECT n FROM topics WHERE slug = ?), ?, ?, ?)";
/** Parameters: slug, sentence id, score. */
export const INSERT_SENTENCE_TOPIC =
  "INSERT OR REPLACE INTO sentence_topics (topic, sentence_id, score) VALUES ((SELECT n FROM topics WHERE slug = ?), ?, ?)";

/** The sentence ids of the article whose text id is the parameter (its sentences are one id range, see schema.ts). */
const SENTENCES_OF_ARTICLE =
  "SELECT s.id FROM articles a JOIN sentences s ON s.id BETWEEN a.sentences_from AND a.sentences_to WHERE a.id = ?";

/** Prepared once per connection: every write an article needs. `article` columns hold articles.n. */
export function prepareWrites(db: Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    byHash: p("SELECT id FROM articles WHERE content_hash = ?"),
    byUrl: p("SELECT id FROM articles WHERE url = ?"),
    byId: p("SELECT id, url FROM articles WHERE id = ?"),
    deleteSentenceTopics: p(`DELETE FROM sentence_topics WHERE sentence_id IN (${SENTENCES_OF_ARTICLE})`),
    deleteSentences: p(`DELETE FROM sentences WHERE id IN (${SENTENCES_OF_ARTICLE})`),
    deleteArticleTopics: p("DELETE FROM article_topics WHERE article = (SELECT n FROM articles WHERE id = ?)"),
    deleteArticle: p("DELETE FROM articles WHERE id = ?"),
    insertArticle: p(
      `INSERT INTO articles (id, url, title, source, published, content_hash, text_chars, quote_count, event_count, warnings, ingested_at, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    setSentenceRange: p("UPDATE articles SET sentences_from = ?, sentences_to = ? WHERE n = ?"),
    insertSentence: p('INSERT INTO sentences (article, ord, start, "end", text, in_body) VALUES (?, ?, ?, ?, ?, ?)'),
    // why: written here rather than by triggers: the store holds the text while writing, SQLite sees only pointers
    indexSentence: p("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)"),
    indexQuote: p("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)"),
    indexEvent: p("INSERT INTO events_fts (rowid, summary) VALUES (?, ?)"),
    upsertEntity: p(
      `INSERT INTO entities (id, type, name, surname_key) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(entities.name) THEN excluded.name ELSE entities.name END`,
    ),
    insertAlias: p("INSERT OR IGNORE INTO entity_aliases (entity, alias, article) VALUES ((SELECT n FROM entities WHERE id = ?), ?, ?)"),
    insertName: p("INSERT OR IGNORE INTO entity_names (key, entity_id) VALUES (?, ?)"),
    insertRole: p(
      "INSERT OR IGNORE INTO entity_roles (entity, role, article, sentence_id) VALUES ((SELECT n FROM entities WHERE id = ?), ?, ?, ?)",
    ),
    insertQuote: p(
      `INSERT INTO quotes (article, ord, text, kind, speaker, speaker_name, speaker_role, speaker_description, via,
        said_date, said_precision, said_basis, said_phrase, said_from, said_to, sentence_id, start, "end")
       VALUES (?, ?, ?, ?, (SELECT n FROM entities WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: p(
      `INSERT INTO events (article, ord, date, precision, basis, edtf, date_from, date_to, summary, summary_len, actors, sentence_id, start, "end")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertArticleTopic: p(INSERT_ARTICLE_TOPIC),
    internTopic: p(INTERN_TOPIC),
    insertSentenceTopic: p(INSERT_SENTENCE_TOPIC),
    fullIdsWithSurname: p("SELECT id FROM entities WHERE surname_key = ? AND type = 'person' AND instr(id, '.') > 0"),
    entityExists: p("SELECT 1 FROM entities WHERE id = ?"),
    mergeQuotes: p(
      "UPDATE quotes SET speaker = (SELECT n FROM entities WHERE id = ?) WHERE speaker = (SELECT n FROM entities WHERE id = ?)",
    ),
    mergeAliases: p(
      "UPDATE OR IGNORE entity_aliases SET entity = (SELECT n FROM entities WHERE id = ?) WHERE entity = (SELECT n FROM entities WHERE id = ?)",
    ),
    mergeRoles: p(
      "UPDATE OR IGNORE entity_roles SET entity = (SELECT n FROM entities WHERE id = ?) WHERE entity = (SELECT n FROM entities WHERE id = ?)",
    ),
    mergeNames: p("UPDATE OR IGNORE entity_names SET entity_id = ? WHERE entity_id = ?"),
    deleteEntity: p("DELETE FROM entities WHERE id = ?"),
  };
}

export type WriteStatements = ReturnType<typeof prepareWrites>;
