import { articleBody } from "./article-body.ts";
import { parseHtmlDocument } from "./dom.ts";
import { pageMetadata } from "./page-metadata.ts";

/** An article read from a web page; metadata the page does not give is left for fallbacks and flags. */
export type WebArticle = { title?: string; source?: string; published?: string; url: string; text: string };

/**
 * Reads an HTML page as an article: its metadata (title, outlet, publication day, canonical URL) and its
 * body as paragraphs. `pageUrl` is where the page was fetched from (after redirects), the URL when the page
 * names no canonical one. Pure: no network, no store.
 */
export function htmlToArticle(html: string, pageUrl: string): WebArticle {
  const document = parseHtmlDocument(html);
  // why: metadata first, because the body extraction removes <header> and friends from the document.
  const meta = pageMetadata(document, pageUrl);
  const text = articleBody(document);
  const article: WebArticle = { url: meta.url ?? pageUrl, text };
  if (meta.title) article.title = withoutOutletSuffix(meta.title, meta.outlet);
  if (meta.outlet) article.source = meta.outlet;
  if (meta.published) article.published = meta.published;
  return article;
}

/** "Bridge reopens | The Harbour Ledger" → "Bridge reopens": `<title>` often carries the site's name. */
function withoutOutletSuffix(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const suffix = new RegExp(`\\s+[|–—:-]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i");
  const stripped = title.replace(suffix, "");
  return stripped === "" ? title : stripped;
}
