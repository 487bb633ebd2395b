/**
 * Cited rows as SQL returns them (texts may be pointers into the article, see article-text.ts) turned into
 * the rows the port promises: every text filled in, then checked with the row schemas.
 */
import type { ArticleTexts, SentencePointer } from "./article-text.ts";
import { EventRowSchema, parseRows, QuoteRowSchema, RoleRowSchema, SentenceRowSchema } from "./rows.ts";

type RawQuote = SentencePointer & { text: string | null; start: number; end: number };
type RawEvent = SentencePointer & { summary: string | null; summary_len: number };

export type CitedRows = ReturnType<typeof createCitedRows>;

export function createCitedRows(texts: ArticleTexts) {
  // why: the texts of all the rows at once, so their articles are read and unpacked together (article-text.ts)
  const cite = <R extends SentencePointer>(rows: R[]) => {
    const sentences = texts.sentenceTexts(rows);
    return rows.map((row, i) => {
      const { article_n: _n, body_key: _key, sentence_start, sentence_end: _end, ...rest } = row;
      return { ...rest, sentence: sentences[i] as string, sentenceStart: sentence_start };
    });
  };
  const plain = (rows: SentencePointer[]) =>
    cite(rows).map((row) => {
      const { sentenceStart: _start, ...rest } = row;
      return rest;
    });
  return {
    quotes: (rows: unknown[]) =>
      parseRows(
        QuoteRowSchema,
        cite(rows as RawQuote[]).map(({ sentenceStart, ...quote }) => {
          // a NULL quote text is the sentence's characters at the quote's offsets (see write-article.ts)
          const text = quote.text ?? quote.sentence.slice(quote.start - sentenceStart, quote.end - sentenceStart);
          return { ...quote, text };
        }),
        "quote",
      ),
    events: (rows: unknown[]) =>
      parseRows(
        EventRowSchema,
        cite(rows as RawEvent[]).map(({ sentenceStart: _start, summary_len, ...event }) => {
          // a NULL summary is the sentence's first summary_len characters
          return { ...event, summary: event.summary ?? event.sentence.slice(0, summary_len) };
        }),
        "event",
      ),
    sentences: (rows: unknown[]) => parseRows(SentenceRowSchema, plain(rows as SentencePointer[]), "sentence"),
    roles: (rows: unknown[]) => parseRows(RoleRowSchema, plain(rows as SentencePointer[]), "role"),
  };
}
