import type { Database } from "better-sqlite3";
import type { CitedRows } from "./cited-rows.ts";
import { daySpan } from "./date-span.ts";
import type { DayRange, SearchTerms } from "./types.ts";

// why: the sentence's text may be a pointer into the article (NULL text + offsets): CitedRows fills it in
// after SQL has sorted and limited the rows (see article-text.ts).
const CITE = `a.id AS "articleId", a.source, a.published, a.url, a.title,
  a.n AS article_n, a.content_hash AS body_key, s.text AS sentence, s.start AS sentence_start, s."end" AS sentence_end`;

export const QUOTE_SELECT = `SELECT q.id, q.text, q.kind, en.id AS "speakerId", COALESCE(en.name, q.speaker_name) AS "speakerName",
  q.speaker_role AS "speakerRole", q.speaker_description AS "speakerDescription", q.via, q.said_date AS "saidDate",
  q.said_precision AS "saidPrecision", q.said_basis AS "saidBasis", q.said_phrase AS "saidPhrase",
  q.start, q."end", ${CITE}`;
/** What a quote row `q` is joined with for its citation and speaker. */
const QUOTE_JOINS = "JOIN articles a ON a.n = q.article JOIN sentences s ON s.id = q.sentence_id LEFT JOIN entities en ON en.n = q.speaker";
export const QUOTE_FROM = `FROM quotes q ${QUOTE_JOINS}`;

export const EVENT_SELECT = `SELECT e.id, e.date, e.precision, e.basis, e.edtf, e.summary, e.summary_len, e.actors, e.start, e."end", ${CITE}`;
export const EVENT_FROM = "FROM events e JOIN articles a ON a.n = e.article JOIN sentences s ON s.id = e.sentence_id";

export const SENTENCE_SELECT = `SELECT s.id, s.start, s."end", ${CITE}`;
export const SENTENCE_FROM = "FROM sentences s JOIN articles a ON a.n = s.article";

/** A role with the sentence that gave it: `r` entity_roles, `en` entities, `a` articles, `s` sentences. */
export const ROLE_SELECT = `SELECT en.id AS "entityId", r.role, ${CITE}, s.start, s."end"`;
export const ROLE_FROM = `FROM entity_roles r JOIN entities en ON en.n = r.entity JOIN articles a ON a.n = r.article
  JOIN sentences s ON s.id = r.sentence_id`;

/** A quote id with the day it sorts by (said, else published). */
type NewestQuote = { id: number; day: string };

/** An FTS5 expression from plain words: each word quoted (so user text is never FTS syntax), joined by AND or OR, or one quoted phrase. */
export function ftsExpression(search: SearchTerms): string | null {
  const words = search.terms.map((term) => term.replace(/"/g, "").trim()).filter(Boolean);
  if (words.length === 0) return null;
  if (search.mode === "phrase") return `"${words.join(" ")}"`;
  return words.map((word) => `"${word}"`).join(search.mode === "all" ? " AND " : " OR ");
}

/** How many of the newest full-text matches are ranked. */
export const FTS_CANDIDATES = 200;

/** Fact reads by speaker, date and full text; every row joined with its citation. */
export function createFactReads(db: Database, cited: CitedRows) {
  // why: a much-quoted person has thousands of quotes; pick the newest ids first (quote and article rows only),
  // then join the citation columns for those alone. Half the time of one query that joins every row before sorting.
  // why: a quote's day is when it was said, else its article's day. The dated ones come in order from the
  // (speaker, said_from DESC) index, so only the first :limit are read; only undated quotes need their article's day.
  // Reading every quote's article first cost 3-5 ms for a person quoted 2,000 times. The two lists are merged
  // here: as one UNION ALL statement SQLite took five times as long as the two walks.
  const datedBySpeaker = db.prepare(
    `SELECT q.id, q.said_from AS day FROM quotes q WHERE q.speaker = (SELECT n FROM entities WHERE id = :id) AND q.said_from IS NOT NULL
     ORDER BY q.said_from DESC, q.id LIMIT :limit`,
  );
  const undatedBySpeaker = db.prepare(
    `SELECT q.id, a.published AS day FROM quotes q JOIN articles a ON a.n = q.article
     WHERE q.speaker = (SELECT n FROM entities WHERE id = :id) AND q.said_from IS NULL ORDER BY a.published DESC, q.id LIMIT :limit`,
  );
  const quotesWithIds = db.prepare(
    `${QUOTE_SELECT}, 0 AS score FROM quotes q ${QUOTE_JOINS} WHERE q.id IN (SELECT value FROM json_each(?))`,
  );
  const bySpeaker = (id: string, limit: number): unknown[] => {
    const newest = [...(datedBySpeaker.all({ id, limit }) as NewestQuote[]), ...(undatedBySpeaker.all({ id, limit }) as NewestQuote[])]
      .sort((a, b) => (a.day === b.day ? a.id - b.id : a.day < b.day ? 1 : -1))
      .slice(0, limit);
    if (newest.length === 0) return [];
    const order = new Map(newest.map((quote, i) => [quote.id, i]));
    const rows = quotesWithIds.all(JSON.stringify([...order.keys()])) as { id: number }[];
    return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  };
  const quoteCount = db.prepare("SELECT count(*) AS n FROM quotes WHERE speaker = (SELECT n FROM entities WHERE id = ?)");
  // why: a point event counts when its span lies inside the query; a range or a season when it overlaps it
  // ("brief on 2010" finds 2009-03/2011-05). The second arm walks the small partial index of ranges.
  // Each arm keeps only its first :limit in the answer's order (index columns only), so a year of thousands of
  // events is never joined nor sorted whole (40 ms to under 1 ms at 10,000 articles); the first :limit of the
  // union is always among the two arms' first :limit.
  const eventsWithin = db.prepare(
    `WITH hits AS (
       SELECT * FROM (SELECT id, date_from, date_to FROM events WHERE date_from >= :from AND date_from <= :to AND date_to <= :to
         ORDER BY date_from, date_to DESC, id LIMIT :limit)
       UNION
       SELECT * FROM (SELECT id, date_from, date_to FROM events WHERE edtf IS NOT NULL AND date_from <= :to AND date_to >= :from
         ORDER BY date_from, date_to DESC, id LIMIT :limit))
     ${EVENT_SELECT}, 0 AS score FROM hits CROSS JOIN events e ON e.id = hits.id
       JOIN articles a ON a.n = e.article JOIN sentences s ON s.id = e.sentence_id
     ORDER BY hits.date_from, hits.date_to DESC, hits.id LIMIT :limit`,
  );
  // why: a coarse date starts on its span's first day, so the (date_from, date_to) index finds it
  const eventsDated = db.prepare(
    `${EVENT_SELECT}, 0 AS score ${EVENT_FROM} WHERE e.date_from = ? AND e.date = ? AND e.edtf IS NULL ORDER BY a.published, e.id LIMIT ?`,
  );
  const quotesWithin = db.prepare(
    `${QUOTE_SELECT}, 0 AS score ${QUOTE_FROM} WHERE q.said_from >= ? AND q.said_from <= ? AND q.said_to <= ? ORDER BY q.said_from, q.id LIMIT ?`,
  );
  // why: a day event's date_from is its date, so the (date_from, date_to) index walks outwards from the day
  const before = db.prepare(
    "SELECT DISTINCT date_from AS date FROM events WHERE date_from < ? AND precision = 'day' ORDER BY date_from DESC LIMIT ?",
  );
  const after = db.prepare(
    "SELECT DISTINCT date_from AS date FROM events WHERE date_from > ? AND precision = 'day' ORDER BY date_from LIMIT ?",
  );
  // why: ranking every match of a common word costs tens of ms on a large store; rank the newest
  // FTS_CANDIDATES matches (FTS5 walks rowids newest first cheaply) and return the best of those.
  // The best `limit` of those by score, before any join: only the rows returned get their citation columns.
  const candidates = (table: string) =>
    `(SELECT rowid, score FROM (SELECT rowid, -bm25(${table}) AS score FROM ${table} WHERE ${table} MATCH ?
       ORDER BY rowid DESC LIMIT ${FTS_CANDIDATES}) ORDER BY score DESC LIMIT ?) f`;
  const searchQuotes = db.prepare(
    `${QUOTE_SELECT}, f.score FROM ${candidates("quotes_fts")} JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.n = q.article
     JOIN sentences s ON s.id = q.sentence_id LEFT JOIN entities en ON en.n = q.speaker ORDER BY f.score DESC`,
  );
  const searchEvents = db.prepare(
    `${EVENT_SELECT}, f.score FROM ${candidates("events_fts")} JOIN events e ON e.id = f.rowid JOIN articles a ON a.n = e.article
     JOIN sentences s ON s.id = e.sentence_id ORDER BY f.score DESC`,
  );
  const searchSentences = db.prepare(
    `${SENTENCE_SELECT}, f.score FROM ${candidates("sentences_fts")} JOIN sentences s ON s.id = f.rowid
     JOIN articles a ON a.n = s.article ORDER BY f.score DESC`,
  );
  const search = <T>(statement: typeof searchQuotes, parse: (rows: unknown[]) => T[], terms: SearchTerms, limit: number): T[] => {
    const expression = ftsExpression(terms);
    return expression ? parse(statement.all(expression, limit)) : [];
  };
  return {
    quotesBySpeaker: (id: string, limit: number) => cited.quotes(bySpeaker(id, limit)),
    quoteCount: (id: string) => Number((quoteCount.get(id) as { n: number }).n),
    eventsWithin: (range: DayRange, limit: number) => cited.events(eventsWithin.all({ from: range.from, to: range.to, limit })),
    eventsDated: (date: string, limit: number) => cited.events(eventsDated.all(daySpan(date).from, date, limit)),
    quotesSaidWithin: (range: DayRange, limit: number) => cited.quotes(quotesWithin.all(range.from, range.to, range.to, limit)),
    nearestEventDays: (day: string, limit: number): string[] => {
      const earlier = (before.all(day, limit) as { date: string }[]).map((row) => row.date);
      const later = (after.all(day, limit) as { date: string }[]).map((row) => row.date);
      const distance = (date: string) => Math.abs(Date.parse(date) - Date.parse(day));
      return [...earlier, ...later].sort((x, y) => distance(x) - distance(y) || x.localeCompare(y)).slice(0, limit);
    },
    searchQuotes: (terms: SearchTerms, limit: number) => search(searchQuotes, cited.quotes, terms, limit),
    searchEvents: (terms: SearchTerms, limit: number) => search(searchEvents, cited.events, terms, limit),
    searchSentences: (terms: SearchTerms, limit: number) => search(searchSentences, cited.sentences, terms, limit),
  };
}
