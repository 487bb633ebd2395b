import { Readability } from "@mozilla/readability";
import { blockText } from "./block-text.ts";
import { type DomDocument, type DomElement, parseHtmlDocument } from "./dom.ts";

/** Page furniture by element or ARIA role: never article prose. */
const FURNITURE =
  "script, style, noscript, template, iframe, svg, form, button, nav, header, footer, aside, figure, figcaption, " +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [hidden], [aria-hidden="true"]';

/** Class or id words of share bars, ad slots, promos, newsletter boxes, related-story lists and comment threads. */
const NOISE_NAME =
  /(?:^|[\s_-])(share|sharing|social|ads?|advert|advertisement|sponsored|promo|newsletter|signup|related|recommended|read-?more|subscribe|paywall|cookie|consent|comments?|byline|breadcrumbs?)(?:$|[\s_-])/i;

/** Below this many characters a noise-named block is furniture; above it (and not mostly links) it may be the article. */
const SHORT_BLOCK = 250;

/**
 * The article's prose as blank-line-separated paragraphs, or "" when the page has none. It prefers the
 * element the page marks as the article body (`itemprop=articleBody`, else the `<article>` with the most
 * paragraph text, else `<main>`), strips furniture from it, then lets Mozilla's Readability (Firefox's
 * reader view) drop what still is not prose: link lists, teasers, embeds. When Readability finds nothing,
 * the cleaned element's own paragraphs are used.
 */
export function articleBody(document: DomDocument): string {
  const root = articleRoot(document);
  if (!root) return "";
  removeFurniture(root);
  const cleaned = blockText(root);
  const focused = parseHtmlDocument(`<html><head></head><body>${root.outerHTML}</body></html>`);
  // why: linkedom's documents are DOM-shaped enough for Readability, but its typings expect the browser's DOM lib.
  const reader = new Readability(focused as never, { serializer: (node) => node as unknown as DomElement });
  const content = reader.parse()?.content;
  const read = content ? blockText(content) : "";
  return read.length >= Math.min(cleaned.length / 2, 200) ? read : cleaned;
}

function articleRoot(document: DomDocument): DomElement | null {
  const marked = document.querySelector('[itemprop~="articleBody"]');
  if (marked) return marked;
  let best: DomElement | null = null;
  let bestLength = 0;
  for (const article of document.querySelectorAll("article")) {
    const length = paragraphLength(article);
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  return best ?? document.querySelector('main, [role="main"]') ?? document.querySelector("body");
}

function paragraphLength(element: DomElement): number {
  let length = 0;
  for (const paragraph of element.querySelectorAll("p")) length += (paragraph.textContent ?? "").trim().length;
  return length;
}

function removeFurniture(root: DomElement): void {
  for (const element of [...root.querySelectorAll(FURNITURE)]) element.remove();
  for (const element of [...root.querySelectorAll("[class], [id]")]) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (NOISE_NAME.test(names) && isFurnitureSized(element)) element.remove();
  }
}

/** Short, or mostly links: a noise-named wrapper that holds the whole article is neither. */
function isFurnitureSized(element: DomElement): boolean {
  const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
  if (text.length < SHORT_BLOCK) return true;
  let linked = 0;
  for (const link of element.querySelectorAll("a")) linked += (link.textContent ?? "").replace(/\s+/g, " ").trim().length;
  return linked / text.length > 0.5;
}
