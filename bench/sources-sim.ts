/**
 * Followed-sources simulation: `npm run bench:sources [-- --sources 500 --hours 24 --backfill 20]`.
 * N feeds (spread over 50 invented host names, all answered by one fake server on 127.0.0.1) are followed and
 * polled by the real poller (conditional GET, per-host pacing, dedupe, real extraction into a real SQLite file)
 * over simulated hours on an injected clock: the clock moves a minute at a time and each minute's due sources
 * are polled at once, so a day takes minutes, not a day. Feeds publish new items at random (seeded), rewrite some
 * and re-publish some under a new GUID. Host gaps are counted, not waited. Prints requests, bytes, the share of
 * 304s, items stored, duplicates stored (should be 0) and peak RSS.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CONFIG_PATH, loadFileConfig } from "../config/load.ts";
import { createDefaultIngester } from "../src/ingest/default-ingester.ts";
import { DEFAULT_FETCH_LIMITS, type HttpFetch } from "../src/ingest/web/fetch-page.ts";
import { guardedFetch } from "../src/ingest/web/guarded-fetch.ts";
import { pacedFetch } from "../src/sources/host-pacer.ts";
import type { PollReport } from "../src/sources/poll-source.ts";
import { createSourcePoller } from "../src/sources/source-poller.ts";
import { createSqliteStore } from "../src/store/sqlite-store.ts";

const { values } = parseArgs({
  options: { sources: { type: "string" }, hours: { type: "string" }, backfill: { type: "string" }, every: { type: "string" } },
});
const SOURCES = Number(values.sources ?? 500);
const HOURS = Number(values.hours ?? 24);
const BACKFILL = Number(values.backfill ?? 20);
const EVERY_MINUTES = Number(values.every ?? 30);
const HOSTS = 50;
/** A feed publishes about one item every 8 hours; 1 in 50 new items later reappears under a new GUID, 1 in 50 is rewritten. */
const PUBLISH_PER_MINUTE = 1 / (8 * 60);
const FEED_LENGTH = 30;
const MINUTE = 60_000;

// why: mulberry32, not a plain LCG: the publishing roll is taken right after a rare small draw, and an LCG's
// consecutive values are too correlated for that (it never re-published an item)
let seed = 7;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

type SimItem = { guid: string; slug: string; title: string; text: string };
const feeds: SimItem[][] = [];
let published = 0;
const PLACES = ["harbour", "ferry terminal", "grain silo", "rail depot", "river port", "customs office"];
function newItem(feed: number): SimItem {
  published += 1;
  const n = published;
  const place = PLACES[n % PLACES.length];
  return {
    guid: `sim:${feed}:${n}`,
    slug: `f${feed}/story-${n}`,
    title: `Works at the ${place} enter phase ${n}`,
    text: `Officials said on Monday that works at the ${place} will enter phase ${n} next week. "We expect the ${place} to reopen in spring," a spokeswoman for the port authority said. The talks on the corridor continue, the ministry added.`,
  };
}
for (let feed = 0; feed < SOURCES; feed++) feeds.push(Array.from({ length: FEED_LENGTH }, () => newItem(feed)));

let requests = 0;
let notModified = 0;
let bytes = 0;
const server = createServer((request, response) => {
  requests += 1;
  const path = (request.url ?? "/").split("?")[0] ?? "/";
  const feedMatch = /^\/feed\/(\d+)\.xml$/.exec(path);
  const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    bytes += Buffer.byteLength(body);
    response.writeHead(status, { "content-type": type, "content-length": String(Buffer.byteLength(body)), ...headers }).end(body);
  };
  if (feedMatch) {
    const feed = Number(feedMatch[1]);
    const body = rss(feeds[feed] ?? [], request.headers.host ?? "");
    const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
    if (request.headers["if-none-match"] === etag) {
      notModified += 1;
      response.writeHead(304, { etag }).end();
      return;
    }
    send(200, "application/rss+xml", body, { etag });
    return;
  }
  const item = feeds.flat().find((candidate) => `/news/${candidate.slug}` === path);
  if (!item) return send(404, "text/plain", "not found");
  send(
    200,
    "text/html",
    `<!doctype html><html><head><title>${item.title}</title><meta property="og:site_name" content="Sim Wire"><meta property="article:published_time" content="2026-01-05"></head><body><article><p>${item.text}</p></article></body></html>`,
  );
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as AddressInfo).port;

function rss(items: readonly SimItem[], host: string): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>http://${host}/news/${item.slug}</link><guid isPermaLink="false">${item.guid}</guid><description>${item.text}</description></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Sim Wire</title>${entries}</channel></rss>`;
}

// why: 50 host names make per-host pacing real; the network edge sends them all to the one local server
const toServer: HttpFetch = (url, init) => {
  const parsed = new URL(url);
  const host = parsed.host;
  parsed.host = `127.0.0.1:${port}`;
  return fetch(parsed.href, { ...init, headers: { ...(init.headers as Record<string, string>), host } });
};

const dir = mkdtempSync(join(tmpdir(), "brief-sources-sim-"));
const start = Date.parse("2026-01-05T00:00:00.000Z");
let now = start;
let waitedMs = 0;
const store = createSqliteStore({ path: join(dir, "brief.db"), now: () => new Date(now).toISOString() });
const topics = loadFileConfig(DEFAULT_CONFIG_PATH).topics;
const paceClock = {
  now: () => now,
  sleep: async (ms: number) => {
    waitedMs += ms;
  },
};
const poller = createSourcePoller({
  store,
  ingester: createDefaultIngester(store, topics),
  fetch: guardedFetch(pacedFetch(toServer, { clock: paceClock, minGapMs: 2000 }), { allowPrivate: true }),
  limits: DEFAULT_FETCH_LIMITS,
  now: () => new Date(now),
  random,
});
for (let feed = 0; feed < SOURCES; feed++) {
  const at = new Date(start).toISOString();
  const nextTry = new Date(start + Math.floor(random() * EVERY_MINUTES * MINUTE)).toISOString();
  store.sources.addSource({
    id: `feed-${feed}`,
    url: `http://h${feed % HOSTS}.sim.test/feed/${feed}.xml`,
    topics: [],
    intervalMinutes: EVERY_MINUTES,
    backfill: BACKFILL,
    origin: "config",
    scope: null,
    followedAt: at,
    nextTry,
  });
}

const totals = { polls: 0, failed: 0, stored: 0, backfilled: 0, replaced: 0, regenerated: 0, skipped: 0, itemFailures: 0 };
const failureReasons = new Map<string, number>();
let peakRss = process.memoryUsage().rss;
const wall = performance.now();
const add = (report: PollReport) => {
  totals.polls += 1;
  if (report.status === "failed") {
    totals.failed += 1;
    failureReasons.set(report.error ?? "?", (failureReasons.get(report.error ?? "?") ?? 0) + 1);
  }
  totals.skipped += report.skipped;
  totals.stored += report.stored;
  totals.backfilled += report.backfilled;
  totals.replaced += report.replaced;
  totals.regenerated += report.duplicates;
  totals.itemFailures += report.itemFailures.length;
};
let republished = 0;
let rewritten = 0;
for (let minute = 0; minute < HOURS * 60; minute++) {
  now = start + minute * MINUTE;
  if (minute > 0) {
    feeds.forEach((items, feed) => {
      if (random() >= PUBLISH_PER_MINUTE) return;
      const roll = random();
      const top = items[0];
      if (roll < 0.02 && top) {
        items.unshift({ ...top, guid: `${top.guid}:again` });
        republished += 1;
      } else if (roll < 0.04 && top) {
        top.text = `${top.text} An update: the works were delayed by a day.`;
        rewritten += 1;
      } else items.unshift(newItem(feed));
      items.length = Math.min(items.length, FEED_LENGTH);
    });
  }
  for (const report of await poller.pollDue(new Date(now))) add(report);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

const articles = store.articleCount();
const distinctUrls = new Set(store.listArticles(1_000_000).map((row) => row.url)).size;
const seen = store.sources.seenCount();
store.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const feedRequests = totals.polls;
console.log(
  `sources-sim: ${SOURCES} sources on ${HOSTS} hosts, every ${EVERY_MINUTES} min (+ jitter), backfill ${BACKFILL}, ${HOURS} simulated hours`,
);
console.log(
  `  polls:            ${totals.polls} (${totals.failed} failed${failureReasons.size ? `: ${[...failureReasons].map(([why, n]) => `${n}× ${why}`).join("; ")}` : ""})`,
);
console.log(`  requests:         ${requests} (${feedRequests} feed, ${requests - feedRequests} article pages)`);
console.log(`  304 share:        ${((100 * notModified) / feedRequests).toFixed(1)} % of feed requests (${notModified})`);
console.log(`  bytes fetched:    ${(bytes / 1024 / 1024).toFixed(1)} MB (bodies)`);
console.log(
  `  items stored:     ${totals.stored} new (${totals.backfilled} backlog, never announced), ${totals.replaced} replaced after a rewrite (${rewritten} rewritten in feeds)`,
);
console.log(`  new GUID, same item: ${totals.regenerated} recognised (${republished} re-published)`);
console.log(
  `  items seen:       ${seen} (${totals.skipped} older than the backfill, never fetched); item failures: ${totals.itemFailures}`,
);
console.log(`  duplicates:       ${articles - distinctUrls} (articles ${articles}, distinct URLs ${distinctUrls})`);
console.log(`  host gaps:        ${(waitedMs / 1000).toFixed(0)} s of per-host waiting counted (not waited)`);
console.log(`  peak RSS:         ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
console.log(`  wall time:        ${((performance.now() - wall) / 1000).toFixed(1)} s`);
