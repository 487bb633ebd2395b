/**
 * Cited rows as SQL returns them (texts may be pointers into the article, see article-text.ts) turned into
 * the rows the port promises: every text filled in, then checked with the row schemas.
 */
import type { ArticleTexts, SentencePointer } from "./article-text.ts";
import { EventRowSchema, parseRows, QuoteRowSchema, RoleRowSchema, SentenceRowSchema } from "./rows.ts";

type RawQuote = SentencePointer & { text: string | null; start: number; end: number };
type RawEvent = SentencePointer & { summary: string | null; summary_len: number };
type Row = Record<string, unknown>;

/** The columns that only locate a sentence's text in its article; no answer carries them. */
const POINTER_COLUMNS: ReadonlySet<string> = new Set(["article_n", "body_key", "sentence_start", "sentence_end"]);
/** An event's summary may be its sentence's first summary_len characters; the length is spent once the summary is cut. */
const EVENT_POINTER_COLUMNS: ReadonlySet<string> = new Set([...POINTER_COLUMNS, "summary_len"]);

/**
 * The rows' columns but the dropped ones, in their order, each row with its sentence text.
 * why: the rows SQLite returns are slow to copy (object rest over their ~20 columns took ~9 µs a row, done twice
 * per quote: most of a first-time who answer's 100 quotes); copying the kept columns by name, listed once for all
 * the rows of one statement (they share their columns), takes ~1 µs.
 */
function citedCopies(rows: readonly SentencePointer[], sentences: readonly string[], dropped: ReadonlySet<string>): Row[] {
  const first = rows[0];
  if (first === undefined) return [];
  const kept = Object.keys(first).filter((key) => !dropped.has(key));
  return rows.map((row, i) => {
    const out: Row = {};
    for (const key of kept) out[key] = (row as Row)[key];
    out.sentence = sentences[i];
    return out;
  });
}

export type CitedRows = ReturnType<typeof createCitedRows>;

export function createCitedRows(texts: ArticleTexts) {
  // why: the texts of all the rows at once, so their articles are read and unpacked together (article-text.ts)
  const cite = (rows: readonly SentencePointer[], dropped: ReadonlySet<string>, fill?: (out: Row, index: number) => void): Row[] => {
    const copies = citedCopies(rows, texts.sentenceTexts(rows), dropped);
    if (fill) copies.forEach(fill);
    return copies;
  };
  return {
    quotes: (rows: unknown[]) => {
      const raw = rows as RawQuote[];
      // a NULL quote text is the sentence's characters at the quote's offsets (see write-article.ts)
      const filled = cite(raw, POINTER_COLUMNS, (quote, i) => {
        const { text, start, end, sentence_start } = raw[i] as RawQuote;
        quote.text = text ?? (quote.sentence as string).slice(start - sentence_start, end - sentence_start);
      });
      return parseRows(QuoteRowSchema, filled, "quote");
    },
    events: (rows: unknown[]) => {
      const raw = rows as RawEvent[];
      // a NULL summary is the sentence's first summary_len characters
      const filled = cite(raw, EVENT_POINTER_COLUMNS, (event, i) => {
        const { summary, summary_len } = raw[i] as RawEvent;
        event.summary = summary ?? (event.sentence as string).slice(0, summary_len);
      });
      return parseRows(EventRowSchema, filled, "event");
    },
    sentences: (rows: unknown[]) => parseRows(SentenceRowSchema, cite(rows as SentencePointer[], POINTER_COLUMNS), "sentence"),
    roles: (rows: unknown[]) => parseRows(RoleRowSchema, cite(rows as SentencePointer[], POINTER_COLUMNS), "role"),
  };
}
