/**
 * The fact-writer port: articles and their facts written. Ingest, `brief reextract`, `brief retag` and
 * `brief recover` depend on it; SQLite implements it (sqlite-store.ts with write-*.ts). Synchronous, like every
 * port here: the embedded driver is, and every answer must come back well inside a chat platform's 3-second window.
 */
import type { ArticleFacts } from "../../domain/facts.ts";

export type TextSpan = { start: number; end: number; text: string };

/** Topic tags of one article: article level, and sentence level by index into its sentence list. */
export type TopicTags = {
  article: { slug: string; score: number }[];
  sentences: { index: number; slug: string; score: number }[];
};

export type ArticleToStore = {
  facts: ArticleFacts;
  /** Hash of the normalised text and metadata: the same hash is the same article. */
  contentHash: string;
  /** The text the facts were read from: stored once, compressed; sentences and facts point into it by offsets. */
  text: string;
  /** The body cut into sentences, in order, with offsets into `text`. */
  sentences: TextSpan[];
  topics: TopicTags;
};

export type PutResult = { status: "new" | "unchanged" | "replaced"; articleId: string; replaced?: string };

/** Re-tags an article from its stored title and sentences (no re-extraction). */
export type Retagger = (article: { id: string; title: string }, sentences: readonly string[]) => TopicTags;

export type FactWriter = {
  /** Stores one article's facts in one transaction: new, unchanged (same hash) or replacing the same URL. */
  putArticle(article: ArticleToStore): PutResult;
  /** The id of the stored article with this content hash, or null. why: here, not in the reader: it is the writer's "already stored?" */
  articleIdByHash(hash: string): string | null;
  /**
   * Replaces an article's facts, sentences and topics with new ones read from the same text, in one transaction,
   * keeping its id, content hash and ingest time (so digests do not announce it again).
   */
  rewriteArticle(id: string, article: Omit<ArticleToStore, "contentHash">): PutResult;
  /** Re-assigns topics to every article in one transaction; returns how many articles have at least one topic. */
  retag(tagger: Retagger): number;
};
