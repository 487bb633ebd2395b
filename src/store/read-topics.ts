import type { Database, Statement } from "better-sqlite3";
import type { CitedRows } from "./cited-rows.ts";
import { EVENT_SELECT, QUOTE_SELECT, SENTENCE_SELECT } from "./read-facts.ts";
import { ArticleRowSchema, PersonCountRowSchema, parseRows, TopicStatsRowSchema } from "./rows.ts";

/**
 * A brief draws on a topic's most recent articles only.
 * why: keeps a brief fast and current at any store size (a topic can hold thousands of articles).
 */
export const TOPIC_WINDOW = 50;

// why: CROSS JOIN fixes the join order (start from the window's articles, then probe by key); left to itself the
// planner scanned a topic's every tagged sentence once per article.
/** The @slug parameter's topic number (NULL, matching nothing, for an unknown slug). */
export const TOPIC_N = "(SELECT n FROM topics WHERE slug = @slug)";
const WINDOW = `WITH ta AS (SELECT article FROM article_topics WHERE topic = ${TOPIC_N} ORDER BY published DESC, article DESC LIMIT ${TOPIC_WINDOW})`;
const SENTENCE_SCORE = `LEFT JOIN sentence_topics st ON st.sentence_id = s.id AND st.topic = ${TOPIC_N}`;

export const ARTICLE_SELECT = `SELECT a.id, a.title, a.source, a.url, a.published, a.quote_count AS "quoteCount", a.event_count AS "eventCount",
  (SELECT group_concat(tp.slug) FROM article_topics t JOIN topics tp ON tp.n = t.topic WHERE t.article = a.n) AS topics FROM articles a`;

/** Reads for topic briefs, topic and source listings. */
export function createTopicReads(db: Database, cited: CitedRows) {
  const sentences = db.prepare(
    `${WINDOW} ${SENTENCE_SELECT}, st.score AS score FROM ta CROSS JOIN articles a ON a.n = ta.article
     CROSS JOIN sentences s ON s.id BETWEEN a.sentences_from AND a.sentences_to
     CROSS JOIN sentence_topics st ON st.sentence_id = s.id AND st.topic = ${TOPIC_N}
     ORDER BY st.score DESC, a.published DESC, s.ord LIMIT @limit`,
  );
  const quotes = db.prepare(
    `${WINDOW} ${QUOTE_SELECT}, COALESCE(st.score, 0) + (CASE q.kind WHEN 'direct' THEN 2 WHEN 'partial' THEN 1 ELSE 0 END) AS score
     FROM ta CROSS JOIN quotes q ON q.article = ta.article CROSS JOIN articles a ON a.n = q.article CROSS JOIN sentences s ON s.id = q.sentence_id
     LEFT JOIN entities en ON en.n = q.speaker ${SENTENCE_SCORE}
     ORDER BY score DESC, a.published DESC, q.ord LIMIT @limit`,
  );
  const events = db.prepare(
    `${WINDOW} ${EVENT_SELECT}, COALESCE(st.score, 0) AS score
     FROM ta CROSS JOIN events e ON e.article = ta.article CROSS JOIN articles a ON a.n = e.article CROSS JOIN sentences s ON s.id = e.sentence_id
     ${SENTENCE_SCORE} ORDER BY score DESC, a.published DESC, e.ord LIMIT @limit`,
  );
  const people = db.prepare(
    `${WINDOW},
     spoke AS (SELECT q.speaker AS n, count(*) AS quotes FROM ta CROSS JOIN quotes q ON q.article = ta.article
               WHERE q.speaker IS NOT NULL GROUP BY q.speaker),
     seen AS (SELECT ea.entity AS n, count(DISTINCT ea.article) AS mentions FROM ta CROSS JOIN entity_aliases ea ON ea.article = ta.article
              GROUP BY ea.entity)
     SELECT en.id, en.type, en.name, COALESCE(spoke.quotes, 0) AS "quoteCount"
     FROM seen JOIN entities en ON en.n = seen.n LEFT JOIN spoke ON spoke.n = en.n
     WHERE en.type = 'person' ORDER BY "quoteCount" DESC, seen.mentions DESC, en.name LIMIT @limit`,
  );
  const stats = db.prepare(
    `SELECT s.slug, s.articles, s.quotes, s.events,
       (SELECT published FROM article_topics WHERE topic = (SELECT n FROM topics WHERE slug = s.slug) ORDER BY published LIMIT 1) AS first,
       (SELECT published FROM article_topics WHERE topic = (SELECT n FROM topics WHERE slug = s.slug) ORDER BY published DESC LIMIT 1) AS latest
     FROM topic_stats s WHERE s.articles > 0 ORDER BY s.slug`,
  );
  const list = db.prepare(`${ARTICLE_SELECT} ORDER BY a.published DESC, a.id LIMIT ?`);
  const byIds = new Map<number, Statement>();
  return {
    topicSentences: (slug: string, limit: number) => cited.sentences(sentences.all({ slug, limit })),
    topicQuotes: (slug: string, limit: number) => cited.quotes(quotes.all({ slug, limit })),
    topicEvents: (slug: string, limit: number) => cited.events(events.all({ slug, limit })),
    topicPeople: (slug: string, limit: number) => parseRows(PersonCountRowSchema, people.all({ slug, limit }), "person"),
    topicStats: () => parseRows(TopicStatsRowSchema, stats.all(), "topic"),
    listArticles: (limit: number) => parseRows(ArticleRowSchema, list.all(limit), "article"),
    articlesByIds: (ids: readonly string[]) => {
      if (ids.length === 0) return [];
      // why: prepared once per number of ids and reused (a brief cites a handful of articles every time)
      let statement = byIds.get(ids.length);
      if (!statement) {
        statement = db.prepare(`${ARTICLE_SELECT} WHERE a.id IN (${ids.map(() => "?").join(",")}) ORDER BY a.published DESC, a.id`);
        byIds.set(ids.length, statement);
      }
      const rows = statement.all(...ids);
      return parseRows(ArticleRowSchema, rows, "article");
    },
  };
}
