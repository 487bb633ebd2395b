import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One item of a served feed, and the article page its link leads to. */
export type ServedItem = { guid: string; slug: string; title: string; text: string; day: string };

/** How the feed path answers at the moment: the feed (with ETag/304), or a failure mode. */
export type FeedMode = "feed" | "error-500" | "huge" | "malformed" | "redirect-private" | "moved" | "slow";

/**
 * A news site on 127.0.0.1 whose feed a test changes between polls: items added, removed, rewritten or given a
 * new GUID; the feed honours If-None-Match with 304; `mode` makes it fail in the ways real feeds do. Counts
 * requests by path. Everything it says is invented for the tests.
 */
export async function startFeedServer(options: { outlet?: string } = {}) {
  const outlet = escapeXml(options.outlet ?? "Quayside Bulletin");
  const items: ServedItem[] = [];
  const hits = new Map<string, number>();
  let mode: FeedMode = "feed";
  // why: "moved" answers the old feed path with this status: 301/308 moved for good, 302/307 for now
  let movedStatus = 301;
  let bytesSent = 0;
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      bytesSent += Buffer.byteLength(body);
      response.writeHead(status, { "content-type": type, "content-length": String(Buffer.byteLength(body)), ...headers }).end(body);
    };
    if (path === "/feed.xml" || path === "/new-home/feed.xml") {
      if (mode === "error-500") return send(500, "text/plain", "boom");
      if (mode === "slow") {
        // why: headers and then nothing: only the poller's time limit ends this request
        response.writeHead(200, { "content-type": "application/rss+xml" });
        response.write("<?xml version='1.0'?><rss>");
        return;
      }
      if (mode === "malformed") return send(200, "application/rss+xml", "<?xml version='1.0'?><rss><channel><item><title>half");
      if (mode === "redirect-private") return send(302, "text/plain", "", { location: "http://169.254.169.254/latest/meta-data/" });
      if (mode === "moved" && path === "/feed.xml") return send(movedStatus, "text/plain", "", { location: "/new-home/feed.xml" });
      if (mode === "huge") {
        response.writeHead(200, { "content-type": "application/rss+xml" });
        response.end(Buffer.alloc(6 * 1024 * 1024, "a"));
        return;
      }
      const body = rss(items, base, outlet);
      const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304, { etag }).end();
        return;
      }
      return send(200, "application/rss+xml; charset=utf-8", body, { etag });
    }
    const item = items.find((candidate) => path === `/news/${candidate.slug}`);
    if (item) return send(200, "text/html; charset=utf-8", articlePage(item, outlet));
    send(404, "text/html", "<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    feedUrl: `${base}/feed.xml`,
    items,
    setMode: (next: FeedMode) => {
      mode = next;
    },
    /** The redirect status "moved" answers with (301 unless set). */
    setMovedStatus: (status: 301 | 302 | 307 | 308) => {
      movedStatus = status;
    },
    hits: (path: string) => hits.get(path) ?? 0,
    pageHits: () => [...hits.entries()].filter(([path]) => path.startsWith("/news/")).reduce((sum, [, n]) => sum + n, 0),
    bytesSent: () => bytesSent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;

/** A made-up harbour story: enough text to be an article, and words the test topic matches. */
export function harbourItem(n: number, day = "2026-01-05"): ServedItem {
  return {
    guid: `urn:test:item-${n}`,
    slug: `story-${n}`,
    title: `Harbour ferry timetable change number ${n}`,
    text: `The harbour board said on Monday that ferry crossing ${n} will leave twenty minutes earlier from next week. Fares stay the same for the winter, the board added in a statement to passengers.`,
    day,
  };
}

const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

function rss(items: readonly ServedItem[], base: string, outlet: string): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${base}/news/${item.slug}</link><guid isPermaLink="false">${item.guid}</guid><description>${escapeXml(item.text)}</description></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${outlet}</title>${entries}</channel></rss>`;
}

function articlePage(item: ServedItem, outlet: string): string {
  return `<!doctype html><html><head><title>${escapeXml(item.title)}</title><meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${item.day}"></head><body><article><h1>${escapeXml(item.title)}</h1><p>${escapeXml(item.text)}</p></article></body></html>`;
}
