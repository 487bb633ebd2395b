import BetterSqlite3, { type Database } from "better-sqlite3";
import { textFromSentences, unpackText } from "./article-text.ts";
import type { Delivery, Subscription, ThreadRecord, ThreadTurn } from "./conversation-types.ts";
import { RootCommandSchema, ThreadRecordSchema, ThreadTurnSchema } from "./conversation-types.ts";
import { parseStored } from "./damaged-data.ts";
import { toDelivery } from "./delivery-row.ts";
import type { FollowedSource, SeenItem } from "./ports/followed-sources.ts";
import { FollowedSourceRowSchema, SeenItemRowSchema } from "./source-rows.ts";
import { toSubscription } from "./subscription-row.ts";

export type SalvagedArticle = {
  id: string;
  title: string;
  source: string;
  url: string;
  published: string;
  contentHash: string;
  ingestedAt: string;
  text: string;
};

/** What was read from a damaged store, and what could not be (each table or article named). */
export type Salvage = {
  articles: SalvagedArticle[];
  /** Articles whose row or text could not be read: their ids, or "row N" when even the id was unreadable. */
  lostArticles: string[];
  subscriptions: Subscription[];
  deliveries: Delivery[];
  threads: ThreadRecord[];
  /** Followed sources with their polling state, and the feed items they have seen (schema version 4 on). */
  sources: FollowedSource[];
  seenItems: SeenItem[];
  /** Tables whose rows could be read only in part ("deliveries: SQLITE_CORRUPT"). */
  partial: string[];
};

/**
 * Reads whatever a damaged store still holds, through a read-only connection (the file is never written):
 * articles one by one by their row number, so damage to one page loses only the articles on it; then
 * subscriptions, the digest ledger and threads as far as their tables can be read.
 */
export function salvageStore(path: string): Salvage {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const salvage: Salvage = {
      articles: [],
      lostArticles: [],
      subscriptions: [],
      deliveries: [],
      threads: [],
      sources: [],
      seenItems: [],
      partial: [],
    };
    readArticles(db, salvage);
    salvage.subscriptions = readAll(
      db,
      salvage,
      "subscriptions",
      "SELECT platform, channel, topic, cron, timezone, created_by, created_at FROM subscriptions",
      toSubscription,
    );
    salvage.deliveries = readAll(db, salvage, "deliveries", "SELECT * FROM deliveries ORDER BY slot", toDelivery);
    salvage.threads = readThreads(db, salvage);
    // why: a store from before schema version 4 has no such tables; that is nothing lost
    if (Number(db.pragma("user_version", { simple: true })) >= 4) {
      salvage.sources = readAll(db, salvage, "followed_sources", "SELECT * FROM followed_sources", (row) =>
        parseStored(FollowedSourceRowSchema, row, "followed source"),
      );
      salvage.seenItems = readAll(db, salvage, "seen_items", "SELECT * FROM seen_items", (row) =>
        parseStored(SeenItemRowSchema, row, "seen item"),
      );
    }
    return salvage;
  } finally {
    db.close();
  }
}

function attempt<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}

function reason(error: unknown): string {
  return String((error as { code?: unknown }).code ?? (error as Error).message);
}

/** Rows of one table up to the first damage; a row that does not parse is skipped. */
function readAll<T>(db: Database, salvage: Salvage, table: string, sql: string, parse: (row: unknown) => T): T[] {
  const rows: T[] = [];
  try {
    for (const row of db.prepare(sql).iterate()) {
      const parsed = attempt(() => parse(row));
      if (parsed === null) salvage.partial.push(`${table}: a row that does not parse`);
      else rows.push(parsed);
    }
  } catch (error) {
    salvage.partial.push(`${table}: ${reason(error)}`);
  }
  return rows;
}

function readArticles(db: Database, salvage: Salvage): void {
  const highest = [
    "SELECT max(n) FROM articles",
    "SELECT max(article) FROM sentences",
    "SELECT max(article) FROM quotes",
    "SELECT max(article) FROM article_topics",
  ]
    .map((sql) => attempt(() => Number(db.prepare(sql).pluck().get() ?? 0)))
    .filter((n): n is number => n !== null && Number.isFinite(n));
  const last = Math.max(0, ...highest);
  const row = db.prepare(
    "SELECT n, id, title, source, url, published, content_hash, ingested_at, text_chars, body FROM articles WHERE n = ?",
  );
  const oldSentences = attempt(() =>
    db.prepare(
      `SELECT s.start, s."end", s.text FROM articles a JOIN sentences s ON s.id BETWEEN a.sentences_from AND a.sentences_to
       WHERE a.n = ? AND s.in_body = 1 AND s.text IS NOT NULL`,
    ),
  );
  for (let n = 1; n <= last; n++) {
    let found: Record<string, unknown> | undefined;
    try {
      found = row.get(n) as Record<string, unknown> | undefined;
    } catch {
      salvage.lostArticles.push(`row ${n}`);
      continue;
    }
    if (!found) continue;
    const article = attempt(() => {
      const meta = {
        id: String(found.id),
        title: String(found.title),
        source: String(found.source),
        url: String(found.url),
        published: String(found.published),
        contentHash: String(found.content_hash),
        ingestedAt: String(found.ingested_at),
      };
      if (Buffer.isBuffer(found.body)) return { ...meta, text: unpackText(found.body) };
      const sentences = oldSentences?.all(n) as { start: number; end: number; text: string }[];
      return { ...meta, text: textFromSentences(sentences, Number(found.text_chars)) };
    });
    if (article?.text.trim()) salvage.articles.push(article);
    else salvage.lostArticles.push(typeof found.id === "string" ? found.id : `row ${n}`);
  }
}

function readThreads(db: Database, salvage: Salvage): ThreadRecord[] {
  const turns = attempt(() =>
    db.prepare("SELECT author, text, entities, at FROM thread_turns WHERE platform = ? AND channel = ? AND thread_id = ? ORDER BY n"),
  );
  return readAll(db, salvage, "threads", "SELECT * FROM threads", (raw) => {
    const row = raw as Record<string, string>;
    const own: ThreadTurn[] = [];
    try {
      for (const turn of turns?.iterate(row.platform, row.channel, row.thread_id) ?? []) {
        const t = turn as Record<string, string>;
        const parsed = attempt(() => parseStored(ThreadTurnSchema, { ...t, entities: JSON.parse(t.entities ?? "[]") }, "thread turn"));
        if (parsed) own.push(parsed);
      }
    } catch (error) {
      salvage.partial.push(`thread_turns: ${reason(error)}`);
    }
    return parseStored(
      ThreadRecordSchema,
      {
        platform: row.platform,
        channel: row.channel,
        threadId: row.thread_id,
        topic: row.topic,
        factIds: JSON.parse(row.fact_ids ?? "[]"),
        entities: JSON.parse(row.entities ?? "[]"),
        createdAt: row.created_at,
        // why: the root command only sharpens the root's context; a damaged one is dropped, not the thread.
        rootCommand: row.root_command ? attempt(() => RootCommandSchema.parse(JSON.parse(row.root_command ?? ""))) : null,
        turns: own,
      },
      "thread",
    );
  });
}
