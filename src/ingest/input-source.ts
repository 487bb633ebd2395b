import type { ArticleInput } from "../domain/article.ts";

/**
 * What reading one input gives: an article to ingest, more inputs to ingest in its place (a feed's items),
 * or word that the article is already stored (a feed item whose URL is known: not fetched again).
 */
export type Loaded =
  | { kind: "article"; article: ArticleInput }
  | { kind: "inputs"; inputs: InputSource[] }
  | { kind: "stored"; articleId: string };

/**
 * One thing to ingest: a name for messages (a path, "(stdin)", a URL) and a way to read it, deferred so
 * that one bad file or URL fails alone. Expected failures are thrown as UserErrors carrying the reason.
 */
export type InputSource = { name: string; load: () => Loaded | Promise<Loaded> };
