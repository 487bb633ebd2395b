/**
 * The article text, stored once per article, compressed. Sentence, quote and event rows point into it by
 * offsets; their text is cut from it when rows are read, after SQL has sorted and limited them, so a query
 * only unpacks the articles of the rows it returns.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import type { Database } from "better-sqlite3";
import { createLruMap } from "../cache/lru-map.ts";
import { DamagedDataError } from "./damaged-data.ts";

// why: brotli's built-in dictionary of common English suits article text (2.35x on news text at quality 5,
// deflate 2.2x); quality 5 packs a 3,000-character article in ~0.3 ms, quality 11 takes 10 ms for 20% more.
const PACK_OPTIONS = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
};

export function packText(text: string): Buffer {
  return brotliCompressSync(Buffer.from(text, "utf8"), {
    params: { ...PACK_OPTIONS.params, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) },
  });
}

/** The article text from its packed form; bytes that do not unpack are damage (DamagedDataError), not a crash. */
export function unpackText(packed: Buffer): string {
  try {
    return brotliDecompressSync(packed).toString("utf8");
  } catch (error) {
    throw new DamagedDataError("an article text that does not unpack", { cause: error });
  }
}

/** How many unpacked article texts a connection keeps: a topic brief's window of articles, several times over. */
const CACHED_ARTICLES = 256;

/** The columns every cited row selects so its sentence text can be cut from the article (see CITE in read-facts.ts). */
export type SentencePointer = {
  article_n: number;
  /** The article's content hash: a cached text is reused only for the same hash, so a replaced article is never misread. */
  body_key: string;
  /** The sentence's own text, or null when it is the body's characters sentence_start..sentence_end. */
  sentence: string | null;
  sentence_start: number;
  sentence_end: number;
};

export type ArticleTexts = ReturnType<typeof createArticleTexts>;

/** Per connection: unpacks article bodies on demand (least recently used kept) and cuts sentences from them. */
export function createArticleTexts(db: Database) {
  const bodyOf = db.prepare("SELECT body FROM articles WHERE n = ?").pluck();
  const cache = createLruMap<number, { key: string; text: string }>(CACHED_ARTICLES);
  const body = (n: number, key: string): string => {
    const cached = cache.get(n);
    if (cached && cached.key === key) return cached.text;
    const packed = bodyOf.get(n);
    if (!Buffer.isBuffer(packed)) throw new DamagedDataError(`article row ${n} has no stored text for a sentence that points into it`);
    const text = unpackText(packed);
    cache.set(n, { key, text });
    return text;
  };
  return {
    sentenceText(row: SentencePointer): string {
      return row.sentence ?? body(row.article_n, row.body_key).slice(row.sentence_start, row.sentence_end);
    },
  };
}

/**
 * An article's text rebuilt from its sentences, for articles stored before the text itself was kept (schema 1):
 * each sentence at its offsets, a one-character gap as a space and a longer one as a paragraph break (the
 * splitter cut paragraphs at blank lines), so offsets stay valid and re-reading finds the same paragraphs.
 */
export function textFromSentences(sentences: readonly { start: number; end: number; text: string }[], length: number): string {
  let text = "";
  for (const sentence of [...sentences].sort((a, b) => a.start - b.start)) {
    if (sentence.start < text.length) continue;
    const gap = sentence.start - text.length;
    text += gap <= 1 ? " ".repeat(gap) : `\n\n${" ".repeat(gap - 2)}`;
    text += sentence.text.slice(0, sentence.end - sentence.start);
  }
  return text.length < length ? text + " ".repeat(length - text.length) : text;
}
