import type { TextSpan } from "./ports/fact-writer.ts";
import type { WriteStatements } from "./write-statements.ts";

/** A stored sentence as facts refer to it. */
export type StoredSentence = { id: number; start: number; text: string };

export type SentenceIndex = {
  byIndex: StoredSentence[];
  /** The stored sentence with this text; a new out-of-body row when the splitter cut it differently. */
  find: (text: string, start: number) => StoredSentence;
  /** First and last sentence id written for the article (consecutive: one article, one transaction), or null. */
  idRange: () => { from: number; to: number } | null;
};

/** Stores the body's sentences (text only where it is not the body's characters at its offsets) and indexes them. */
export function writeSentences(sql: WriteStatements, article: number, body: string, spans: readonly TextSpan[]): SentenceIndex {
  const byText = new Map<string, StoredSentence>();
  let ord = 0;
  let range: { from: number; to: number } | null = null;
  const insert = (start: number, end: number, text: string | null, inBody: 0 | 1): number => {
    const id = Number(sql.insertSentence.run(article, ord++, start, end, text, inBody).lastInsertRowid);
    range = { from: range?.from ?? id, to: id };
    return id;
  };
  const byIndex = spans.map((span) => {
    const pointer = body.slice(span.start, span.end) === span.text;
    const id = insert(span.start, span.end, pointer ? null : span.text, 1);
    sql.indexSentence.run(id, span.text);
    const stored = { id, start: span.start, text: span.text };
    if (!byText.has(squash(span.text))) byText.set(squash(span.text), stored);
    return stored;
  });
  const find = (text: string, start: number): StoredSentence => {
    const known = byText.get(squash(text));
    if (known) return known;
    // why: the extractor may cut a sentence differently from our splitter; keep its version for citations.
    const stored = { id: insert(start, start + text.length, text, 0), start, text };
    byText.set(squash(text), stored);
    return stored;
  };
  return { byIndex, find, idRange: () => range };
}

/** Whether `text` is exactly the sentence's characters at article offsets start..end, so it need not be stored twice. */
export function isSliceOf(sentence: StoredSentence, text: string, start: number, end: number): boolean {
  const from = start - sentence.start;
  return from >= 0 && end - start === text.length && sentence.text.slice(from, from + text.length) === text;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
