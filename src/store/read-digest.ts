import type { Database } from "better-sqlite3";
import type { CitedRows } from "./cited-rows.ts";
import type { IngestWindow } from "./ports/fact-reader.ts";
import { EVENT_FROM, EVENT_SELECT, QUOTE_FROM, QUOTE_SELECT } from "./read-facts.ts";
import { ARTICLE_SELECT, TOPIC_N } from "./read-topics.ts";
import { ArticleRowSchema, parseRows } from "./rows.ts";

// why: the window's instants are compared with `articles.ingested_at` (set when the article was stored).
// why: "new" for a digest means newly stored, not newly published: an old article ingested today is news to the channel.
// why: a followed source's backlog (stored when it was followed) is never announced, and an item first seen in an
// earlier window whose article was replaced since (its text changed) is not announced again as new.
const IN_WINDOW = `a.n IN (SELECT t.article FROM article_topics t WHERE t.topic = ${TOPIC_N})
  AND a.ingested_at > @after AND a.ingested_at <= @upTo
  AND NOT EXISTS (SELECT 1 FROM seen_items si WHERE si.article_id = a.id AND (si.announce = 0 OR si.first_seen <= @after))`;
const SENTENCE_SCORE = `LEFT JOIN sentence_topics st ON st.sentence_id = s.id AND st.topic = ${TOPIC_N}`;

/** Reads for scheduled digests: what a topic gained in a window of ingest time. */
export function createDigestReads(db: Database, cited: CitedRows) {
  const articles = db.prepare(`${ARTICLE_SELECT} WHERE ${IN_WINDOW} ORDER BY a.published DESC, a.id LIMIT @limit`);
  const quotes = db.prepare(
    `${QUOTE_SELECT}, COALESCE(st.score, 0) + (CASE q.kind WHEN 'direct' THEN 2 WHEN 'partial' THEN 1 ELSE 0 END) AS score
     ${QUOTE_FROM} ${SENTENCE_SCORE} WHERE ${IN_WINDOW} ORDER BY score DESC, a.published DESC, q.ord LIMIT @limit`,
  );
  const events = db.prepare(
    `${EVENT_SELECT}, COALESCE(st.score, 0) AS score ${EVENT_FROM} ${SENTENCE_SCORE}
     WHERE ${IN_WINDOW} ORDER BY score DESC, a.published DESC, e.ord LIMIT @limit`,
  );
  const params = (slug: string, window: IngestWindow, limit: number) => ({ slug, after: window.after, upTo: window.upTo, limit });
  return {
    topicArticlesIngested: (slug: string, window: IngestWindow, limit: number) =>
      parseRows(ArticleRowSchema, articles.all(params(slug, window, limit)), "article"),
    topicQuotesIngested: (slug: string, window: IngestWindow, limit: number) => cited.quotes(quotes.all(params(slug, window, limit))),
    topicEventsIngested: (slug: string, window: IngestWindow, limit: number) => cited.events(events.all(params(slug, window, limit))),
  };
}
