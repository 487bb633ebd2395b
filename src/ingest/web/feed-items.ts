import { createHash } from "node:crypto";
import { z } from "zod";
import { type DomElement, parseHtmlDocument, parseXmlDocument, tagOf } from "./dom.ts";
import { publicationDay } from "./publication-day.ts";

const TextSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1).max(500));

/** One feed entry as ingest uses it: the article's link, with the title and day as fallbacks for the page's own. */
export const FeedItemSchema = z.object({
  link: z.url({ protocol: /^https?$/, error: "has no http(s) link" }),
  title: TextSchema.optional().catch(undefined),
  published: z.string().optional(),
  /** The item's own identity (RSS `<guid>`, Atom `<id>`), when the feed gives one. */
  guid: z.string().trim().min(1).max(2000).optional().catch(undefined),
  /** A hash of what the feed says of the item (title, summary, content, update time): changes when the item does. */
  fingerprint: z.string().optional(),
});
export type FeedItem = z.output<typeof FeedItemSchema>;

/** A feed entry that cannot be ingested, named so the person can find it in the feed. */
export type BadFeedItem = { label: string; reason: string };

export type Feed = { format: "rss" | "atom"; title?: string; items: (FeedItem | BadFeedItem)[] };

/**
 * Reads an RSS 2.0 (or RSS 1.0/RDF) or Atom document into its items, in feed order (usually newest first),
 * or returns null when the XML is not a feed. Links are resolved against `feedUrl`. Pure: no network.
 */
export function parseFeed(xml: string, feedUrl: string): Feed | null {
  const root = parseXmlDocument(xml).documentElement;
  if (!root) return null;
  const kind = tagOf(root);
  if (kind === "feed") return readFeed("atom", root, [...childrenNamed(root, "entry")], feedUrl);
  if (kind === "rss") {
    const channel = childNamed(root, "channel");
    return channel ? readFeed("rss", channel, [...childrenNamed(channel, "item")], feedUrl) : null;
  }
  if (kind === "rdf:rdf") return readFeed("rss", childNamed(root, "channel") ?? root, [...childrenNamed(root, "item")], feedUrl);
  return null;
}

function readFeed(format: Feed["format"], head: DomElement, entries: DomElement[], feedUrl: string): Feed {
  const title = TextSchema.safeParse(textOf(childNamed(head, "title")));
  const items = entries.map((entry, index) => {
    const link = resolve(format === "atom" ? atomLink(entry) : rssLink(entry), feedUrl);
    const raw = {
      link,
      title: textOf(childNamed(entry, "title")),
      guid: textOf(childNamed(entry, format === "atom" ? "id" : "guid")),
      fingerprint: fingerprintOf(entry, link),
      published: publicationDay(
        format === "atom"
          ? (textOf(childNamed(entry, "published")) ?? textOf(childNamed(entry, "updated")))
          : (textOf(childNamed(entry, "pubdate")) ?? textOf(childNamed(entry, "dc:date"))),
      ),
    };
    const parsed = FeedItemSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const label = `item ${index + 1}${raw.title ? ` ("${raw.title.slice(0, 60)}")` : ""}`;
    return { label, reason: parsed.error.issues[0]?.message ?? "is not a valid feed item" };
  });
  return title.success ? { format, title: title.data, items } : { format, items };
}

/** RSS: `<link>`, else a `<guid>` that is a permalink (the default unless isPermaLink="false"). */
function rssLink(item: DomElement): string | undefined {
  const link = textOf(childNamed(item, "link"));
  if (link) return link;
  const guid = childNamed(item, "guid");
  return guid && guid.getAttribute("isPermaLink") !== "false" ? textOf(guid) : undefined;
}

/** Atom: the `rel="alternate"` link (a link with no rel is alternate), the entry's page rather than its feed or media. */
function atomLink(entry: DomElement): string | undefined {
  for (const link of childrenNamed(entry, "link")) {
    const rel = link.getAttribute("rel") ?? "alternate";
    if (rel === "alternate") return link.getAttribute("href") ?? undefined;
  }
  return undefined;
}

/**
 * The element's text. why: titles often carry escaped HTML (Atom type="html", and many RSS feeds regardless),
 * so text with tags or entities left after XML decoding is read once more as HTML.
 */
function textOf(element: DomElement | undefined): string | undefined {
  const text = element?.textContent?.trim();
  if (!text) return undefined;
  if (!/<[a-z!/]|&(#?\w+);/i.test(text)) return text;
  return parseHtmlDocument(`<html><body>${text}</body></html>`).querySelector("body")?.textContent?.trim() || text;
}

function childNamed(parent: DomElement, name: string): DomElement | undefined {
  return childrenNamed(parent, name).next().value ?? undefined;
}

function* childrenNamed(parent: DomElement, name: string): Generator<DomElement> {
  for (const child of parent.children) if (tagOf(child) === name) yield child;
}

function resolve(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return href;
  }
}

/** The parts of an entry that say what it is now; why: a feed's rewrite of an item shows here before anyone fetches its page. */
const FINGERPRINT_PARTS = ["title", "description", "summary", "content", "content:encoded", "updated"];

/** Fewer characters of summary and content than this say too little to tell two items apart by text alone. */
const DISTINCT_TEXT_CHARS = 80;

function fingerprintOf(entry: DomElement, link: string | undefined): string {
  const parts = FINGERPRINT_PARTS.map((name) => (childNamed(entry, name)?.textContent ?? "").replace(/\s+/g, " ").trim());
  const text = parts.slice(1, 5).join("");
  // why: items with no or a stock summary ("Read more") under a recurring title would share a fingerprint, and a
  // poller that dedupes by it would take each new one for the last; with the link in it they stay apart
  if (text.length < DISTINCT_TEXT_CHARS) parts.push(link ?? "");
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}
