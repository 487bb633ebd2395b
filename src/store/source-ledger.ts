import type { Database } from "better-sqlite3";
import { parseStored } from "./damaged-data.ts";
import type { SourceLedger } from "./ports/followed-sources.ts";
import { FollowedSourceRowSchema, SeenItemRowSchema } from "./source-rows.ts";

const SEEN_COLUMNS = "source_id, guid, url, item_hash, article_id, first_seen, announce, attempts, error";

/** The followed-sources port on SQLite: `followed_sources` and `seen_items`. */
export function createSourceLedger(db: Database): SourceLedger {
  const p = (sql: string) => db.prepare(sql);
  const s = {
    add: p(
      `INSERT INTO followed_sources (id, url, topics, interval_minutes, backfill, origin, scope, followed_at, next_try)
       VALUES (@id, @url, @topics, @intervalMinutes, @backfill, @origin, @scope, @followedAt, @nextTry) ON CONFLICT DO NOTHING`,
    ),
    restore: p(
      `INSERT OR REPLACE INTO followed_sources (id, url, topics, interval_minutes, backfill, origin, scope, followed_at, etag, last_modified,
       last_success, last_failure, failures, next_try, last_error) VALUES (@id, @url, @topics, @intervalMinutes, @backfill, @origin, @scope,
       @followedAt, @etag, @lastModified, @lastSuccess, @lastFailure, @failures, @nextTry, @lastError)`,
    ),
    update: p(
      "UPDATE followed_sources SET url = @url, topics = @topics, interval_minutes = @intervalMinutes, backfill = @backfill WHERE id = @id",
    ),
    move: p("UPDATE followed_sources SET url = ? WHERE id = ?"),
    remove: p("DELETE FROM followed_sources WHERE id = ?"),
    get: p("SELECT * FROM followed_sources WHERE id = ?"),
    all: p("SELECT * FROM followed_sources ORDER BY id"),
    scoped: p("SELECT * FROM followed_sources WHERE scope = ? ORDER BY id"),
    due: p("SELECT * FROM followed_sources WHERE next_try <= ? ORDER BY next_try, id"),
    ok: p(
      `UPDATE followed_sources SET etag = @etag, last_modified = @lastModified, last_success = @at, failures = 0,
       next_try = @nextTry, last_error = NULL WHERE id = @id`,
    ),
    failed: p(
      "UPDATE followed_sources SET last_failure = @at, failures = failures + 1, next_try = @nextTry, last_error = @error WHERE id = @id",
    ),
    byGuid: p(`SELECT ${SEEN_COLUMNS} FROM seen_items WHERE source_id = ? AND guid = ?`),
    alike: p(`SELECT ${SEEN_COLUMNS} FROM seen_items WHERE source_id = @source AND (url = @url OR item_hash = @hash) LIMIT 1`),
    put: p(
      `INSERT INTO seen_items (${SEEN_COLUMNS}) VALUES (@sourceId, @guid, @url, @itemHash, @articleId, @firstSeen, @announce, @attempts, @error)
       ON CONFLICT DO UPDATE SET url = excluded.url, first_seen = excluded.first_seen, item_hash = excluded.item_hash, article_id = excluded.article_id,
       announce = excluded.announce, attempts = excluded.attempts, error = excluded.error`,
    ),
    countAll: p("SELECT count(*) FROM seen_items").pluck(),
    countOne: p("SELECT count(*) FROM seen_items WHERE source_id = ?").pluck(),
  };
  const source = (row: unknown) => parseStored(FollowedSourceRowSchema, row, "followed source");
  const seen = (row: unknown) => (row === undefined ? null : parseStored(SeenItemRowSchema, row, "seen item"));
  return {
    addSource: (input) => s.add.run({ ...input, topics: JSON.stringify(input.topics) }).changes > 0,
    restoreSource: (input) => void s.restore.run({ ...input, topics: JSON.stringify(input.topics) }),
    updateSource: (input) => void s.update.run({ ...input, topics: JSON.stringify(input.topics) }),
    moveSource: (id, url) => void s.move.run(url, id),
    removeSource: (id) => s.remove.run(id).changes > 0,
    getSource: (id) => {
      const row = s.get.get(id);
      return row === undefined ? null : source(row);
    },
    listSources: (scope) => (scope === undefined ? s.all.all() : s.scoped.all(scope)).map(source),
    dueSources: (now) => s.due.all(now).map(source),
    recordPoll: (id, outcome) => {
      if (outcome.ok) s.ok.run({ id, at: outcome.at, nextTry: outcome.nextTry, etag: outcome.etag, lastModified: outcome.lastModified });
      else s.failed.run({ id, at: outcome.at, nextTry: outcome.nextTry, error: outcome.error });
    },
    seenByGuid: (sourceId, guid) => seen(s.byGuid.get(sourceId, guid)),
    seenAlike: (sourceId, url, hash) => seen(s.alike.get({ source: sourceId, url, hash })),
    putSeen: (item) => void s.put.run({ ...item, announce: item.announce ? 1 : 0 }),
    seenCount: (sourceId) => Number(sourceId === undefined ? s.countAll.get() : s.countOne.get(sourceId)),
  };
}
