import type { TextSpan } from "./fact-store.ts";
import type { WriteStatements } from "./write-statements.ts";

/** A stored sentence as facts refer to it. */
export type StoredSentence = { id: number; start: number; text: string };

export type SentenceIndex = {
  byIndex: StoredSentence[];
  /** The stored sentence with this text; a new out-of-body row when the splitter cut it differently. */
  find: (text: string, start: number) => StoredSentence;
};

export function writeSentences(sql: WriteStatements, article: number, spans: readonly TextSpan[]): SentenceIndex {
  const byText = new Map<string, StoredSentence>();
  let ord = 0;
  const byIndex = spans.map((span) => {
    const stored = {
      id: Number(sql.insertSentence.run(article, ord++, span.start, span.end, span.text, 1).lastInsertRowid),
      start: span.start,
      text: span.text,
    };
    if (!byText.has(squash(span.text))) byText.set(squash(span.text), stored);
    return stored;
  });
  const find = (text: string, start: number): StoredSentence => {
    const known = byText.get(squash(text));
    if (known) return known;
    // why: the extractor may cut a sentence differently from our splitter; keep its version for citations.
    const stored = { id: Number(sql.insertSentence.run(article, ord++, start, start + text.length, text, 0).lastInsertRowid), start, text };
    byText.set(squash(text), stored);
    return stored;
  };
  return { byIndex, find };
}

/**
 * Whether `text` is exactly the sentence's characters at article offsets start..end, so it need not be
 * stored twice. SQLite's substr counts code points and JS counts UTF-16 units: only text without
 * surrogate pairs is shared, so both agree.
 */
export function isSliceOf(sentence: StoredSentence, text: string, start: number, end: number): boolean {
  if (/[\uD800-\uDFFF]/.test(sentence.text)) return false;
  const from = start - sentence.start;
  return from >= 0 && end - start === text.length && sentence.text.slice(from, from + text.length) === text;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
