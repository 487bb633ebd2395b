import type { Database } from "better-sqlite3";
import type { CitedRows } from "./cited-rows.ts";
import type { FactsByIds } from "./ports/fact-reader.ts";
import {
  EVENT_FROM,
  EVENT_SELECT,
  QUOTE_FROM,
  QUOTE_SELECT,
  ROLE_FROM,
  ROLE_SELECT,
  SENTENCE_FROM,
  SENTENCE_SELECT,
} from "./read-facts.ts";

/** `("meet" OR "summit") AND ("bolivi"*)`: every form quoted, so user text is never FTS syntax. */
function groupsExpression(groups: readonly (readonly string[])[]): string | null {
  const parts = groups
    .map((forms) =>
      forms
        .map((form) => {
          const clean = form.replace(/["*]/g, "").trim();
          return clean ? `"${clean}"${form.endsWith("*") ? "*" : ""}` : "";
        })
        .filter(Boolean),
    )
    .filter((forms) => forms.length > 0)
    .map((forms) => `(${forms.join(" OR ")})`);
  return parts.length > 0 ? parts.join(" AND ") : null;
}

/**
 * Reads that follow-up questions need: facts by id, full-text matches that stay fast at any store size,
 * quotes by sentence or by an unnamed speaker's description, roles by words. Every statement is prepared
 * once; id lists go in as JSON so one statement serves any length.
 */
export function createAskReads(db: Database, cited: CitedRows) {
  const numbers = (ids: readonly string[], prefix: string) =>
    ids
      .filter((id) => id.startsWith(prefix))
      .map((id) => Number(id.slice(prefix.length)))
      .filter((n) => Number.isInteger(n) && n > 0)
      .slice(0, 200);
  const ids = "(SELECT value FROM json_each(?))";
  const byIds = {
    quotes: db.prepare(`${QUOTE_SELECT}, 0 AS score ${QUOTE_FROM} WHERE q.id IN ${ids}`),
    events: db.prepare(`${EVENT_SELECT}, 0 AS score ${EVENT_FROM} WHERE e.id IN ${ids}`),
    sentences: db.prepare(`${SENTENCE_SELECT}, 0 AS score ${SENTENCE_FROM} WHERE s.id IN ${ids}`),
  };
  // why: joined through the article index and the offsets, so a quote is found from the splitter's sentence
  // even when the extractor cut its own sentence differently, without scanning every quote.
  const inSentences = db.prepare(
    `${QUOTE_SELECT}, 0 AS score FROM json_each(?) j JOIN sentences hit ON hit.id = j.value
     JOIN quotes q ON q.article = hit.article AND q.start < hit."end" AND q."end" > hit.start
     ${QUOTE_FROM.replace(/^FROM quotes q/, "")}`,
  );
  // why: unordered full-text matches stream and stop at the limit (newest rowids first); ranking by bm25
  // would score every match first, which grows with the store.
  const match = {
    quote:
      db.prepare(`${QUOTE_SELECT}, 0 AS score FROM (SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m
      JOIN quotes q ON q.id = m.id ${QUOTE_FROM.replace(/^FROM quotes q/, "")}`),
    event:
      db.prepare(`${EVENT_SELECT}, 0 AS score FROM (SELECT rowid AS id FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m
      JOIN events e ON e.id = m.id ${EVENT_FROM.replace(/^FROM events e/, "")}`),
    sentence:
      db.prepare(`${SENTENCE_SELECT}, 0 AS score FROM (SELECT rowid AS id FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT ?) m
      JOIN sentences s ON s.id = m.id ${SENTENCE_FROM.replace(/^FROM sentences s/, "")}`),
  };
  const wordList = (words: readonly string[], max: number) => words.filter((word) => /^[\p{L}\p{N}]{3,}$/u.test(word)).slice(0, max);
  const byDescription = db.prepare(
    `${QUOTE_SELECT}, 0 AS score ${QUOTE_FROM} WHERE q.speaker IS NULL AND NOT EXISTS (SELECT 1 FROM json_each(?) w
       WHERE (COALESCE(q.speaker_description, '') || ' ' || COALESCE(q.speaker_role, '')) NOT LIKE '%' || w.value || '%')
     ORDER BY q.id DESC LIMIT ?`,
  );
  const roles = db.prepare(
    `${ROLE_SELECT} ${ROLE_FROM}
     WHERE EXISTS (SELECT 1 FROM json_each(?) w WHERE r.role LIKE '%' || w.value || '%') ORDER BY a.published DESC LIMIT ?`,
  );
  return {
    factsByIds(list: readonly string[]): FactsByIds {
      const q = numbers(list, "q");
      const e = numbers(list, "e");
      const s = numbers(list, "s");
      return {
        quotes: q.length ? cited.quotes(byIds.quotes.all(JSON.stringify(q))) : [],
        events: e.length ? cited.events(byIds.events.all(JSON.stringify(e))) : [],
        sentences: s.length ? cited.sentences(byIds.sentences.all(JSON.stringify(s))) : [],
      };
    },
    /** Facts of one kind matching every group of word forms, newest first (see `match`). */
    matchFacts(kind: "quote" | "event" | "sentence", groups: readonly (readonly string[])[], limit: number): FactsByIds {
      const expression = groupsExpression(groups);
      const rows = expression ? match[kind].all(expression, limit) : [];
      return {
        quotes: kind === "quote" ? cited.quotes(rows) : [],
        events: kind === "event" ? cited.events(rows) : [],
        sentences: kind === "sentence" ? cited.sentences(rows) : [],
      };
    },
    /** Quotes read from these sentences (by sentence row id): a sentence hit can lead to its quote. */
    quotesInSentences(sentenceIds: readonly number[]) {
      const list = sentenceIds.filter((n) => Number.isInteger(n)).slice(0, 200);
      return list.length ? cited.quotes(inSentences.all(JSON.stringify(list))) : [];
    },
    /** Unnamed speakers' quotes whose description or role contains all the words ("State Department official"). */
    quotesByDescription(words: readonly string[], limit: number) {
      const list = wordList(words, 6);
      return list.length ? cited.quotes(byDescription.all(JSON.stringify(list), limit)) : [];
    },
    /** Roles whose text contains any of the words (case-insensitive), newest article first. */
    rolesMatching(words: readonly string[], limit: number) {
      const list = wordList(words, 8);
      return list.length ? cited.roles(roles.all(JSON.stringify(list), limit)) : [];
    },
  };
}
