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
  const withSentence = <R extends SentencePointer>(row: R) => {
    const { article_n: _n, body_key: _key, sentence_start, sentence_end: _end, ...rest } = row;
    return { ...rest, sentence: texts.sentenceText(row), sentenceStart: sentence_start };
  };
  const plain = (row: SentencePointer) => {
    const { sentenceStart: _start, ...rest } = withSentence(row);
    return rest;
  };
  return {
    quotes: (rows: unknown[]) =>
      parseRows(
        QuoteRowSchema,
        (rows as RawQuote[]).map((row) => {
          const { sentenceStart, ...quote } = withSentence(row);
          // a NULL quote text is the sentence's characters at the quote's offsets (see write-article.ts)
          const text = row.text ?? quote.sentence.slice(row.start - sentenceStart, row.end - sentenceStart);
          return { ...quote, text };
        }),
        "quote",
      ),
    events: (rows: unknown[]) =>
      parseRows(
        EventRowSchema,
        (rows as RawEvent[]).map((row) => {
          const { sentenceStart: _start, summary_len, ...event } = withSentence(row);
          // a NULL summary is the sentence's first summary_len characters
          return { ...event, summary: row.summary ?? event.sentence.slice(0, summary_len) };
        }),
        "event",
      ),
    sentences: (rows: unknown[]) => parseRows(SentenceRowSchema, (rows as SentencePointer[]).map(plain), "sentence"),
    roles: (rows: unknown[]) => parseRows(RoleRowSchema, (rows as SentencePointer[]).map(plain), "role"),
  };
}
