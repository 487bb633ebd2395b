import { z } from "zod";
import type { DomDocument } from "./dom.ts";
import { jsonLdArticles } from "./json-ld.ts";
import { publicationDay } from "./publication-day.ts";

const TextSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1).max(500));
const HttpUrlSchema = z.url({ protocol: /^https?$/ });

/** What a web page says about its article; each field is checked, and absent when no candidate passes. */
export const PageMetadataSchema = z.object({
  title: TextSchema.optional(),
  outlet: TextSchema.optional(),
  published: z.string().optional(),
  url: HttpUrlSchema.optional(),
});
export type PageMetadata = z.output<typeof PageMetadataSchema>;

/**
 * Reads title, outlet, publication day and canonical URL from the page's metadata, in the order publishers
 * fill them most reliably: Open Graph and article meta tags, then JSON-LD, then plain HTML (`<time datetime>`,
 * `<title>`, the first `<h1>`). Relative URLs are resolved against `pageUrl` (where redirects ended).
 */
export function pageMetadata(document: DomDocument, pageUrl: string): PageMetadata {
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute("content");
  const ld = jsonLdArticles(document);
  const time = document.querySelector('time[itemprop~="datePublished"], article time[datetime], time[pubdate], time[datetime]');
  return PageMetadataSchema.parse({
    title: first(TextSchema, [
      meta("og:title"),
      ...ld.map((node) => node.headline),
      meta("twitter:title"),
      textOf(document, "title"),
      textOf(document, "h1"),
    ]),
    outlet: first(TextSchema, [meta("og:site_name"), ...ld.map((node) => node.publisher), meta("application-name")]),
    published: first(
      z.string(),
      [
        meta("article:published_time"),
        ...ld.flatMap((node) => [node.datePublished, node.dateCreated]),
        meta("datePublished"),
        time?.getAttribute("datetime"),
        meta("date"),
        meta("dc.date"),
        meta("DC.date.issued"),
      ].map(publicationDay),
    ),
    url: first(HttpUrlSchema, [
      resolve(document.querySelector('link[rel~="canonical"]')?.getAttribute("href"), pageUrl),
      resolve(meta("og:url"), pageUrl),
      ...ld.map((node) => resolve(node.url, pageUrl)),
    ]),
  });
}

/** The first candidate the schema accepts, as the schema outputs it. */
function first<S extends z.ZodType>(schema: S, candidates: readonly unknown[]): z.output<S> | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === null) continue;
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

function textOf(document: DomDocument, selector: string): string | undefined {
  return document.querySelector(selector)?.textContent ?? undefined;
}

function resolve(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}
