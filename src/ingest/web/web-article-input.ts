import { type ArticleInput, ArticleInputSchema } from "../../domain/article.ts";
import { UserError } from "../../domain/errors.ts";
import { toArticleInput } from "../read-inputs.ts";
import type { WebArticle } from "./html-article.ts";

/** The --published, --source and --title flags: for web pages they win over what the page says. */
export type ArticleOverrides = { published?: string; source?: string; title?: string };

/** What is known about an article before its page is read (a feed item's title and day, the feed's name). */
export type ArticleFallbacks = { published?: string; source?: string; title?: string };

/** Fewer characters of body than this is a page with no article on it (an index, a login wall, a video page). */
const MIN_ARTICLE_CHARS = 100;

/**
 * A web page's article as the ingester takes it. Each field comes from the flags first, then the page,
 * then the fallbacks; the outlet last of all from the host name. The error says what is missing and which
 * flag supplies it.
 */
export function webArticleInput(article: WebArticle, fallbacks: ArticleFallbacks, overrides: ArticleOverrides): ArticleInput {
  if (article.text.trim().length < MIN_ARTICLE_CHARS) throw new UserError("no article text found on the page");
  const merged = {
    title: overrides.title ?? article.title ?? fallbacks.title,
    source: overrides.source ?? article.source ?? fallbacks.source ?? hostName(article.url),
    published: overrides.published ?? article.published ?? fallbacks.published,
    url: article.url,
    text: article.text,
  };
  // why: name everything missing at once, so one re-run with the flags is enough.
  const missing = [
    ...(merged.title ? [] : [{ what: "title", flag: "--title TITLE" }]),
    ...(merged.published ? [] : [{ what: "publication date", flag: "--published YYYY-MM-DD" }]),
  ];
  if (missing.length > 0)
    throw new UserError(
      `no ${missing.map((item) => item.what).join(" or ")} found on the page (pass ${missing.map((item) => item.flag).join(" and ")})`,
    );
  return ArticleInputSchema.parse(merged);
}

/**
 * A plain-text response read as an article file would be (front matter, else the first line as title),
 * with the URL it came from; the flags still win over its front matter.
 */
export function textArticleInput(text: string, url: string, fallbacks: ArticleFallbacks, overrides: ArticleOverrides): ArticleInput {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const input = toArticleInput(url, text, { source: hostName(url), url, ...fallbacks, ...defined });
  return { ...input, ...defined };
}

/** "https://www.harbour-ledger.example/x" → "harbour-ledger.example": the outlet when nothing names it. */
export function hostName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
