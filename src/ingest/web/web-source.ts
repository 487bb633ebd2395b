import type { ArticleInput } from "../../domain/article.ts";
import { UserError } from "../../domain/errors.ts";
import type { InputSource, Loaded } from "../input-source.ts";
import { type Feed, type FeedItem, parseFeed } from "./feed-items.ts";
import { type FetchLimits, fetchPage, type HttpFetch } from "./fetch-page.ts";
import { htmlToArticle } from "./html-article.ts";
import { type PageContent, pageContent } from "./page-content.ts";
import { type ArticleFallbacks, type ArticleOverrides, textArticleInput, webArticleInput } from "./web-article-input.ts";

export type WebSourceDeps = {
  fetch: HttpFetch;
  limits: FetchLimits;
  /** The id of the stored article with this URL, or null: feed items already stored are not fetched again. */
  storedArticleId: (url: string) => string | null;
};

export type WebSourceOptions = {
  overrides: ArticleOverrides;
  /** At most this many items of each feed, from its top (feeds list the newest first). */
  itemLimit?: number;
  /** Fetch feed items even when their URL is already stored (to pick up corrected articles). */
  refetch: boolean;
};

/**
 * An http(s) URL as an ingest source. What it is comes from what the server sends, not from the URL: a web
 * page is read as one article, plain text as an article file, an RSS or Atom feed as its items, each item
 * fetched as a web page of its own with the item's title and date as fallbacks.
 */
export function webSource(url: string, deps: WebSourceDeps, options: WebSourceOptions): InputSource {
  return { name: url, load: () => loadUrl(url, deps, options, {}, true) };
}

async function loadUrl(
  url: string,
  deps: WebSourceDeps,
  options: WebSourceOptions,
  fallbacks: ArticleFallbacks,
  feedAllowed: boolean,
): Promise<Loaded> {
  const page = await fetchPage(url, deps.fetch, deps.limits);
  const content = pageContent(page);
  if (content.kind === "xml") {
    const feed = parseFeed(content.text, page.url);
    if (!feed) throw new UserError("is XML but not an RSS or Atom feed");
    // why: a feed item that links to another feed would make a feed of feeds; one level is what people mean.
    if (!feedAllowed) throw new UserError("links to a feed, not an article");
    return { kind: "inputs", inputs: feedItemSources(feed, url, deps, options) };
  }
  return { kind: "article", article: pageArticle(content, page.url, fallbacks, options.overrides) };
}

/** A fetched page that is not a feed (HTML, or plain text read as an article file), as one article. */
export function pageArticle(
  content: PageContent,
  url: string,
  fallbacks: ArticleFallbacks = {},
  overrides: ArticleOverrides = {},
): ArticleInput {
  return content.kind === "html"
    ? webArticleInput(htmlToArticle(content.text, url), fallbacks, overrides)
    : textArticleInput(content.text, url, fallbacks, overrides);
}

/** A feed item's page fetched and read as an article, the item's title and day and the feed's title as fallbacks. */
export async function feedItemArticle(item: FeedItem, feed: Feed, deps: Pick<WebSourceDeps, "fetch" | "limits">): Promise<ArticleInput> {
  const loaded = await loadItem(item, feed, { ...deps, storedArticleId: () => null }, { overrides: {}, refetch: true });
  if (loaded.kind !== "article") throw new UserError("links to a feed, not an article");
  return loaded.article;
}

function feedItemSources(feed: Feed, feedUrl: string, deps: WebSourceDeps, options: WebSourceOptions): InputSource[] {
  return feed.items.slice(0, options.itemLimit).map((item): InputSource => {
    if (!("link" in item)) return { name: `${feedUrl} ${item.label}`, load: () => Promise.reject(new UserError(item.reason)) };
    return { name: item.link, load: () => loadItem(item, feed, deps, options) };
  });
}

async function loadItem(item: FeedItem, feed: Feed, deps: WebSourceDeps, options: WebSourceOptions): Promise<Loaded> {
  const stored = options.refetch ? null : deps.storedArticleId(item.link);
  if (stored) return { kind: "stored", articleId: stored };
  const fallbacks: ArticleFallbacks = {};
  if (item.title) fallbacks.title = item.title;
  if (item.published) fallbacks.published = item.published;
  if (feed.title) fallbacks.source = feed.title;
  // why: --title names one page; every item of a feed titled alike would be wrong, so items keep their own.
  const { title: _pageTitle, ...itemOverrides } = options.overrides;
  return loadUrl(item.link, deps, { ...options, overrides: itemOverrides }, fallbacks, false);
}
