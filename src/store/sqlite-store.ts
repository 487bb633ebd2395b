import type { Database } from "better-sqlite3";
import { type ArticleTexts, createArticleTexts, type SentencePointer, textFromSentences, unpackText } from "./article-text.ts";
import { createCitedRows } from "./cited-rows.ts";
import { parseStored } from "./damaged-data.ts";
import type { FactStore } from "./fact-store.ts";
import { openDatabase, openDatabaseReadOnly } from "./open-database.ts";
import type { FactReader, StoredArticle } from "./ports/fact-reader.ts";
import type { FactWriter, Retagger } from "./ports/fact-writer.ts";
import { createAskReads } from "./read-ask.ts";
import { createDigestReads } from "./read-digest.ts";
import { createEntityReads } from "./read-entities.ts";
import { createFactReads } from "./read-facts.ts";
import { createSuggestReads } from "./read-suggest.ts";
import { createTopicReads } from "./read-topics.ts";
import { StoreCountsSchema } from "./rows.ts";
import { createSourceLedger } from "./source-ledger.ts";
import { createSqliteDeliveries } from "./sqlite-deliveries.ts";
import { createSqliteSubscriptions } from "./sqlite-subscriptions.ts";
import { createSqliteThreads } from "./sqlite-threads.ts";
import { explainStoreError } from "./store-error.ts";
import { createStoreGuard } from "./store-guard.ts";
import { deleteArticle, prepareWrites, writeArticle } from "./write-article.ts";
import { INSERT_ARTICLE_TOPIC, INSERT_SENTENCE_TOPIC, INTERN_TOPIC } from "./write-statements.ts";

export type SqliteStoreOptions = {
  /** A file path, or ":memory:". */
  path: string;
  now?: () => string;
  /** Caps the file at this many pages (tests simulate a full disk with it). */
  maxPageCount?: number;
  /** Open an existing, already migrated file for reading only (no checks, no migrations; writes fail). */
  readonly?: boolean;
};

/** Opens the SQLite fact store: checked, migrated, WAL, foreign keys on. Throws StoreError with a plain message. */
export function createSqliteStore(options: SqliteStoreOptions): FactStore {
  const db = options.readonly ? openDatabaseReadOnly(options.path) : openDatabase(options.path);
  try {
    return storeOn(db, options);
  } catch (error) {
    // why: the statements below are fixed SQL that every migrated file accepts; one that fails to prepare means
    // the file's table definitions were damaged (see isDamage)
    db.close();
    throw explainStoreError(error, options.path, "opening it");
  }
}

function storeOn(db: Database, options: SqliteStoreOptions): FactStore {
  const { path } = options;
  const now = options.now ?? (() => new Date().toISOString());
  if (options.maxPageCount) db.pragma(`max_page_count = ${options.maxPageCount}`);
  const writes = prepareWrites(db);
  const guard = createStoreGuard(db, path);
  const countSql = db.prepare(
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sentences) AS sentences,
      (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM entities) AS entities,
      (SELECT count(*) FROM entity_aliases) AS aliases, (SELECT count(*) FROM entity_roles) AS roles,
      (SELECT count(*) FROM article_topics) AS articleTopics`,
  );
  const hashSql = db.prepare("SELECT id FROM articles WHERE content_hash = ?");
  const anySql = db.prepare("SELECT 1 FROM articles LIMIT 1");
  const idsSql = db.prepare("SELECT id FROM articles ORDER BY n").pluck();
  const storedSql = db.prepare("SELECT n, id, title, source, url, published, text_chars, body FROM articles WHERE id = ?");
  // why: articles stored before schema 2 kept their text only in their sentence rows
  const oldSentencesSql = db.prepare(
    `SELECT s.start, s."end", s.text FROM articles a JOIN sentences s ON s.id BETWEEN a.sentences_from AND a.sentences_to
     WHERE a.n = ? AND s.in_body = 1 AND s.text IS NOT NULL`,
  );
  const keepSql = db.prepare("SELECT content_hash, ingested_at FROM articles WHERE id = ?");
  const articleCountSql = db.prepare("SELECT count(*) AS n FROM articles");
  // why: SQLite's data_version moves when another connection commits; this connection's own writes are counted by the guard
  const dataVersionSql = db.prepare("PRAGMA data_version").pluck();
  const texts = createArticleTexts(db);
  const cited = createCitedRows(texts);
  const reader: FactReader = guard.reads({
    storedArticleIds: () => idsSql.all() as string[],
    storedArticle: (id: string): StoredArticle | null => {
      const row = storedSql.get(id) as (Omit<StoredArticle, "text"> & { n: number; text_chars: number; body: Buffer | null }) | undefined;
      if (!row) return null;
      const { n, text_chars, body, ...meta } = row;
      if (body) return { ...meta, text: unpackText(body) };
      const sentences = oldSentencesSql.all(n) as { start: number; end: number; text: string }[];
      return { ...meta, text: textFromSentences(sentences, text_chars) };
    },
    counts: () => parseStored(StoreCountsSchema, countSql.get(), "counts"),
    isEmpty: () => anySql.get() === undefined,
    dataVersion: () => `${dataVersionSql.get()}.${guard.writes}`,
    articleCount: () => Number((articleCountSql.get() as { n: number }).n),
    ...createTopicReads(db, cited),
    ...createEntityReads(db, cited),
    ...createFactReads(db, cited),
    ...createAskReads(db, cited),
    ...createSuggestReads(db),
    ...createDigestReads(db, cited),
  });
  const writer: FactWriter = {
    ...guard.reads({ articleIdByHash: (hash: string) => (hashSql.get(hash) as { id: string } | undefined)?.id ?? null }),
    putArticle: (article) =>
      guard.write(`storing article ${article.facts.article.id}`, () =>
        db.transaction(() => writeArticle(writes, article, now())).immediate(),
      ),
    rewriteArticle: (id, article) =>
      guard.write(`re-storing article ${id}`, () =>
        db
          .transaction(() => {
            const old = keepSql.get(id) as { content_hash: string; ingested_at: string } | undefined;
            if (!old) throw new Error(`no stored article ${id}`);
            deleteArticle(writes, id);
            const facts = { ...article.facts, article: { ...article.facts.article, id } };
            writeArticle(writes, { ...article, facts, contentHash: old.content_hash }, old.ingested_at);
            return { status: "replaced" as const, articleId: id, replaced: id };
          })
          .immediate(),
      ),
    retag: (tagger) => guard.write("re-tagging articles", () => retagAll(db, texts, tagger)),
  };
  const recording = "recording a digest delivery";
  return {
    path,
    checkIntegrity: () => guard.verify(),
    close: () => closeQuietly(db, guard.damaged),
    ...writer,
    ...reader,
    ...guard.port(createSqliteThreads(db), { putThread: "saving a thread", appendTurn: "saving a thread reply" }),
    ...guard.port(createSqliteSubscriptions(db), {
      putSubscription: "saving a subscription",
      removeSubscription: "removing a subscription",
    }),
    ...guard.port(createSqliteDeliveries(db, now), {
      claimDelivery: recording,
      finishDelivery: recording,
      reclaimDelivery: recording,
      touchDelivery: recording,
    }),
    sources: guard.port(createSourceLedger(db), {
      addSource: "following a source",
      restoreSource: "restoring a followed source",
      updateSource: "updating a followed source",
      moveSource: "moving a followed source to its new URL",
      removeSource: "unfollowing a source",
      recordPoll: "recording a poll",
      putSeen: "recording a feed item",
    }),
  };
}

function retagAll(db: Database, texts: ArticleTexts, tagger: Retagger): number {
  const articles = db
    .prepare("SELECT n, id, title, published, content_hash, sentences_from, sentences_to FROM articles ORDER BY n")
    .all() as {
    n: number;
    id: string;
    title: string;
    published: string;
    content_hash: string;
    sentences_from: number | null;
    sentences_to: number | null;
  }[];
  const sentences = db.prepare(
    `SELECT id, text AS sentence, start AS sentence_start, "end" AS sentence_end FROM sentences
     WHERE id BETWEEN ? AND ? AND in_body = 1 ORDER BY ord`,
  );
  const tagArticle = db.prepare(INSERT_ARTICLE_TOPIC);
  const internTopic = db.prepare(INTERN_TOPIC);
  const tagSentence = db.prepare(INSERT_SENTENCE_TOPIC);
  let tagged = 0;
  db.transaction(() => {
    db.exec("DELETE FROM sentence_topics; DELETE FROM article_topics; DELETE FROM topic_stats;");
    for (const article of articles) {
      const rows = sentences.all(article.sentences_from, article.sentences_to) as (Omit<SentencePointer, "article_n" | "body_key"> & {
        id: number;
      })[];
      const tags = tagger(
        { id: article.id, title: article.title },
        texts.sentenceTexts(rows.map((row) => ({ ...row, article_n: article.n, body_key: article.content_hash }))),
      );
      for (const tag of tags.article) {
        internTopic.run(tag.slug);
        tagArticle.run(tag.slug, article.n, tag.score, article.published);
      }
      for (const tag of tags.sentences) {
        const row = rows[tag.index];
        if (!row) continue;
        internTopic.run(tag.slug);
        tagSentence.run(tag.slug, row.id, tag.score);
      }
      if (tags.article.length > 0) tagged += 1;
    }
  }).immediate();
  return tagged;
}

function closeQuietly(db: Database, damaged: boolean): void {
  if (!db.open) return;
  // why: a reader has nothing to fold back, and its checkpoint would only contend with the writer's
  if (db.readonly) {
    db.close();
    return;
  }
  // why: a damaged file gets no write of ours, not even the checkpoint (SQLite's own on close folds only committed WAL frames)
  if (damaged) {
    db.close();
    return;
  }
  // why: a checkpoint on close folds the WAL back so the file alone is a complete copy.
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    // a read-only or full disk may refuse the checkpoint; the WAL keeps the data either way
  }
  db.close();
}
