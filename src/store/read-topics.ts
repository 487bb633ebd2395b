import type { Database } from "better-sqlite3";
import { EVENT_FROM, EVENT_SELECT, QUOTE_FROM, QUOTE_SELECT, SENTENCE_FROM, SENTENCE_SELECT } from "./read-facts.ts";
import {
  ArticleRowSchema,
  EventRowSchema,
  PersonCountRowSchema,
  parseRows,
  QuoteRowSchema,
  SentenceRowSchema,
  TopicStatsRowSchema,
} from "./rows.ts";

/**
 * A brief draws on a topic's most recent articles only.
 * why: keeps a brief fast and current at any store size (a topic can hold thousands of articles).
 */
export const TOPIC_WINDOW = 100;

const WINDOW = `WITH ta AS (SELECT t.article FROM article_topics t JOIN articles wa ON wa.n = t.article
  WHERE t.slug = @slug ORDER BY wa.published DESC, wa.id LIMIT ${TOPIC_WINDOW})`;
const SENTENCE_SCORE = "LEFT JOIN sentence_topics st ON st.sentence_id = s.id AND st.slug = @slug";

export const ARTICLE_SELECT = `SELECT a.id, a.title, a.source, a.url, a.published, a.quote_count, a.event_count,
  (SELECT group_concat(slug) FROM article_topics WHERE article = a.n) AS topics FROM articles a`;

/** Reads for topic briefs, topic and source listings. */
export function createTopicReads(db: Database) {
  const sentences = db.prepare(
    `${WINDOW} ${SENTENCE_SELECT}, st.score AS score ${SENTENCE_FROM} JOIN sentence_topics st ON st.sentence_id = s.id AND st.slug = @slug
     WHERE s.article IN ta ORDER BY st.score DESC, a.published DESC, s.ord LIMIT @limit`,
  );
  const quotes = db.prepare(
    `${WINDOW} ${QUOTE_SELECT}, COALESCE(st.score, 0) + (CASE q.kind WHEN 'direct' THEN 2 WHEN 'partial' THEN 1 ELSE 0 END) AS score
     ${QUOTE_FROM} ${SENTENCE_SCORE} WHERE q.article IN ta ORDER BY score DESC, a.published DESC, q.ord LIMIT @limit`,
  );
  const events = db.prepare(
    `${WINDOW} ${EVENT_SELECT}, COALESCE(st.score, 0) AS score ${EVENT_FROM} ${SENTENCE_SCORE}
     WHERE e.article IN ta ORDER BY score DESC, a.published DESC, e.ord LIMIT @limit`,
  );
  const people = db.prepare(
    `${WINDOW} SELECT en.id, en.type, en.name,
       (SELECT count(*) FROM quotes q WHERE q.speaker_id = en.id AND q.article IN ta) AS quote_count,
       count(DISTINCT ea.article) AS mentions
     FROM entity_aliases ea JOIN entities en ON en.id = ea.entity_id
     WHERE ea.article IN ta AND en.type = 'person' GROUP BY en.id ORDER BY quote_count DESC, mentions DESC, en.name LIMIT @limit`,
  );
  const stats = db.prepare(
    `SELECT t.slug, count(*) AS articles, sum(a.quote_count) AS quotes, sum(a.event_count) AS events,
       min(a.published) AS first, max(a.published) AS latest
     FROM article_topics t JOIN articles a ON a.n = t.article GROUP BY t.slug ORDER BY t.slug`,
  );
  const list = db.prepare(`${ARTICLE_SELECT} ORDER BY a.published DESC, a.id LIMIT ?`);
  return {
    topicSentences: (slug: string, limit: number) => parseRows(SentenceRowSchema, sentences.all({ slug, limit }), "sentence"),
    topicQuotes: (slug: string, limit: number) => parseRows(QuoteRowSchema, quotes.all({ slug, limit }), "quote"),
    topicEvents: (slug: string, limit: number) => parseRows(EventRowSchema, events.all({ slug, limit }), "event"),
    topicPeople: (slug: string, limit: number) => parseRows(PersonCountRowSchema, people.all({ slug, limit }), "person"),
    topicStats: () => parseRows(TopicStatsRowSchema, stats.all(), "topic"),
    listArticles: (limit: number) => parseRows(ArticleRowSchema, list.all(limit), "article"),
    articlesByIds: (ids: readonly string[]) => {
      if (ids.length === 0) return [];
      const rows = db
        .prepare(`${ARTICLE_SELECT} WHERE a.id IN (${ids.map(() => "?").join(",")}) ORDER BY a.published DESC, a.id`)
        .all(...ids);
      return parseRows(ArticleRowSchema, rows, "article");
    },
  };
}
