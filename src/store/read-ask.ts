import type { Database } from "better-sqlite3";
import { EVENT_FROM, EVENT_SELECT, QUOTE_FROM, QUOTE_SELECT, SENTENCE_FROM, SENTENCE_SELECT } from "./read-facts.ts";
import { EventRowSchema, parseRows, QuoteRowSchema, RoleRowSchema, SentenceRowSchema } from "./rows.ts";

/** Facts by their item ids ("q12", "e7", "s40"): what a thread's parent message showed. */
export type FactsByIds = {
  quotes: ReturnType<typeof parseQuotes>;
  events: ReturnType<typeof parseEvents>;
  sentences: ReturnType<typeof parseSentences>;
};

const parseQuotes = (rows: unknown[]) => parseRows(QuoteRowSchema, rows, "quote");
const parseEvents = (rows: unknown[]) => parseRows(EventRowSchema, rows, "event");
const parseSentences = (rows: unknown[]) => parseRows(SentenceRowSchema, rows, "sentence");

/** Reads that follow-up questions need: facts by id, and roles by words (roles have no full-text index). */
export function createAskReads(db: Database) {
  const numbers = (ids: readonly string[], prefix: string) =>
    ids
      .filter((id) => id.startsWith(prefix))
      .map((id) => Number(id.slice(prefix.length)))
      .filter((n) => Number.isInteger(n) && n > 0)
      .slice(0, 200);
  const inList = (n: number) => Array.from({ length: n }, () => "?").join(",");
  return {
    factsByIds(ids: readonly string[]): FactsByIds {
      const q = numbers(ids, "q");
      const e = numbers(ids, "e");
      const s = numbers(ids, "s");
      return {
        quotes: q.length
          ? parseQuotes(db.prepare(`${QUOTE_SELECT}, 0 AS score ${QUOTE_FROM} WHERE q.id IN (${inList(q.length)})`).all(...q))
          : [],
        events: e.length
          ? parseEvents(db.prepare(`${EVENT_SELECT}, 0 AS score ${EVENT_FROM} WHERE e.id IN (${inList(e.length)})`).all(...e))
          : [],
        sentences: s.length
          ? parseSentences(db.prepare(`${SENTENCE_SELECT}, 0 AS score ${SENTENCE_FROM} WHERE s.id IN (${inList(s.length)})`).all(...s))
          : [],
      };
    },
    /** Quotes read from these sentences (by sentence row id): a sentence hit can lead to its quote. */
    quotesInSentences(sentenceIds: readonly number[]) {
      const ids = sentenceIds.filter((n) => Number.isInteger(n)).slice(0, 200);
      if (ids.length === 0) return [];
      return parseQuotes(
        db.prepare(`${QUOTE_SELECT}, 0 AS score ${QUOTE_FROM} WHERE q.sentence_id IN (${inList(ids.length)})`).all(...ids),
      );
    },
    /** Quotes whose unnamed speaker's description or role contains all the words ("State Department official"). */
    quotesByDescription(words: readonly string[], limit: number) {
      const usable = words.filter((word) => /^[\p{L}\p{N}]{3,}$/u.test(word)).slice(0, 6);
      if (usable.length === 0) return [];
      const where = usable.map(() => "(COALESCE(q.speaker_description, '') || ' ' || COALESCE(q.speaker_role, '')) LIKE ?").join(" AND ");
      return parseQuotes(
        db
          .prepare(`${QUOTE_SELECT}, 0 AS score ${QUOTE_FROM} WHERE ${where} ORDER BY q.id DESC LIMIT ?`)
          .all(...usable.map((w) => `%${w}%`), limit),
      );
    },
    /** Roles whose text contains any of the words (case-insensitive), newest article first. */
    rolesMatching(words: readonly string[], limit: number) {
      const usable = words.filter((word) => /^[\p{L}\p{N}]{3,}$/u.test(word)).slice(0, 8);
      if (usable.length === 0) return [];
      const where = usable.map(() => "r.role LIKE ?").join(" OR ");
      const rows = db
        .prepare(
          `SELECT r.entity_id, r.role, a.id AS article_id, a.source, a.published, a.url, a.title, s.text AS sentence, s.start, s."end"
           FROM entity_roles r JOIN articles a ON a.n = r.article JOIN sentences s ON s.id = r.sentence_id
           WHERE ${where} ORDER BY a.published DESC LIMIT ?`,
        )
        .all(...usable.map((word) => `%${word}%`), limit);
      return parseRows(RoleRowSchema, rows, "role");
    },
  };
}
