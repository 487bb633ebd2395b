/**
 * The article text, stored once per article, compressed. Sentence, quote and event rows point into it by
 * offsets; their text is cut from it when rows are read, after SQL has sorted and limited them, so a query
 * only unpacks the articles of the rows it returns, all of them in one statement and one unpacking.
 */
import { brotliDecompressSync, constants, gunzipSync, gzipSync } from "node:zlib";
import type { Database } from "better-sqlite3";
import { createLruMap } from "../cache/lru-map.ts";
import { DamagedDataError } from "./damaged-data.ts";

// why gzip: an answer cites up to ~120 sentences from as many articles, and unpacking each one on its own cost
// more than the query (brotli: ~15 µs fixed cost per call, 40-60 µs on a busy machine). gzip members placed one
// after another unpack in one call (RFC 1952 multi-member), each member's last 4 bytes giving its length, so an
// answer's articles unpack together in a fraction of that. The price: about 6% more bytes than brotli on news
// text (11% on the benchmark's generated text; the file stays under 2× the raw text). Articles stored before
// (brotli) still unpack, one by one.
const PACK_OPTIONS = { level: constants.Z_BEST_COMPRESSION, memLevel: 9 };
const GZIP_MAGIC = [0x1f, 0x8b, 0x08] as const;

export function packText(text: string): Buffer {
  return gzipSync(Buffer.from(text, "utf8"), PACK_OPTIONS);
}

function isGzip(packed: Buffer): boolean {
  return packed.length >= 18 && GZIP_MAGIC.every((byte, i) => packed[i] === byte);
}

/** The article text from its packed form (gzip, or brotli for articles stored before); bytes that do not unpack are damage (DamagedDataError), not a crash. */
export function unpackText(packed: Buffer): string {
  try {
    return (isGzip(packed) ? gunzipSync(packed) : brotliDecompressSync(packed)).toString("utf8");
  } catch (error) {
    throw new DamagedDataError("an article text that does not unpack", { cause: error });
  }
}

/**
 * Several packed texts unpacked at once: gzip members concatenated unpack in one call, split again by the
 * length each member ends with. Anything else (brotli, a member that does not add up) goes one by one, so
 * damage is still reported for the article that has it.
 */
export function unpackTexts(packed: readonly Buffer[]): string[] {
  if (packed.length < 2 || !packed.every(isGzip)) return packed.map(unpackText);
  const lengths = packed.map((member) => member.readUInt32LE(member.length - 4));
  let joined: Buffer;
  try {
    joined = gunzipSync(Buffer.concat(packed));
  } catch {
    return packed.map(unpackText);
  }
  if (joined.length !== lengths.reduce((sum, length) => sum + length, 0)) return packed.map(unpackText);
  let offset = 0;
  return lengths.map((length) => {
    offset += length;
    return joined.toString("utf8", offset - length, offset);
  });
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
  // why: one statement for all the articles an answer cites, not one per row
  const bodiesOf = db.prepare("SELECT n, body FROM articles WHERE n IN (SELECT value FROM json_each(?))");
  const cache = createLruMap<number, { key: string; text: string }>(CACHED_ARTICLES);
  /** The texts of the articles these rows point into: cached ones reused, the others read and unpacked together. */
  const bodies = (rows: readonly SentencePointer[]): Map<number, string> => {
    const found = new Map<number, string>();
    const missing = new Map<number, string>();
    for (const row of rows) {
      if (row.sentence !== null || found.has(row.article_n) || missing.has(row.article_n)) continue;
      const cached = cache.get(row.article_n);
      if (cached && cached.key === row.body_key) found.set(row.article_n, cached.text);
      else missing.set(row.article_n, row.body_key);
    }
    if (missing.size === 0) return found;
    const stored = bodiesOf.all(JSON.stringify([...missing.keys()])) as { n: number; body: unknown }[];
    const packed = stored.filter((row): row is { n: number; body: Buffer } => Buffer.isBuffer(row.body));
    const texts = unpackTexts(packed.map((row) => row.body));
    packed.forEach((row, i) => {
      const text = texts[i] as string;
      found.set(row.n, text);
      cache.set(row.n, { key: missing.get(row.n) as string, text });
    });
    return found;
  };
  return {
    /** Each row's sentence text, in order. */
    sentenceTexts(rows: readonly SentencePointer[]): string[] {
      const texts = bodies(rows);
      return rows.map((row) => {
        if (row.sentence !== null) return row.sentence;
        const text = texts.get(row.article_n);
        if (text === undefined)
          throw new DamagedDataError(`article row ${row.article_n} has no stored text for a sentence that points into it`);
        return text.slice(row.sentence_start, row.sentence_end);
      });
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
