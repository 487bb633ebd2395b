import { createHash } from "node:crypto";
import type { Ingester } from "../ingest/ingest-article.ts";
import { type Feed, type FeedItem, parseFeed } from "../ingest/web/feed-items.ts";
import { type FetchedPage, type FetchLimits, fetchPage, type HttpFetch } from "../ingest/web/fetch-page.ts";
import { type PageContent, pageContent } from "../ingest/web/page-content.ts";
import { storedArticleIdByUrl } from "../ingest/web/stored-article.ts";
import { feedItemArticle, pageArticle } from "../ingest/web/web-source.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import type { FollowedSource, FollowedSources, SeenItem } from "../store/ports/followed-sources.ts";
import { canonicalUrl } from "./canonical-url.ts";
import { nextAfterFailure, nextAfterSuccess } from "./poll-timing.ts";

/** An item whose page failed to load is tried again on later polls (when the feed changed) up to this many times. */
export const MAX_ITEM_ATTEMPTS = 3;

export type PollerDeps = {
  store: FollowedSources & Pick<FactReader, "articlesByIds">;
  ingester: Ingester;
  /** Already guarded (public hosts only) and paced (per host) by the caller. */
  fetch: HttpFetch;
  limits: FetchLimits;
  now: () => Date;
  /** For jitter; Math.random in production, fixed in tests. */
  random: () => number;
  /** True once the bot is stopping: a poll stops between items and is read again whole at the next start. */
  stopping?: () => boolean;
};

/** What one poll did: counts for logs, `brief feeds poll` and the simulation. */
export type PollReport = {
  sourceId: string;
  status: "not-modified" | "ok" | "failed";
  bytes: number;
  /** Articles stored new; of them, how many were backlog (never announced). */
  stored: number;
  backfilled: number;
  replaced: number;
  /** Items met again under another GUID (same canonical URL or item hash): remembered, not stored again. */
  duplicates: number;
  /** Backlog beyond `backfill` on a first poll: remembered as seen, never fetched. */
  skipped: number;
  itemFailures: { item: string; reason: string }[];
  error?: string;
  /** The feed moved for good (301/308) and is followed at this URL from now on. */
  movedTo?: string;
};

type Candidate = { guid: string; url: string; hash: string; load: () => Promise<Parameters<Ingester["ingest"]>[0]> };

/**
 * Polls one followed source once: a conditional GET (a 304 stores nothing), then each item that is new by GUID,
 * canonical URL and item hash is fetched and stored; a first poll stores at most `backfill` items (newest first)
 * and marks them never to be announced; an item whose text changed replaces its article and is not announced
 * again. A failure of the feed itself is recorded with exponential backoff; the source is never dropped.
 */
export async function pollSource(source: FollowedSource, deps: PollerDeps): Promise<PollReport> {
  const report: PollReport = {
    sourceId: source.id,
    status: "ok",
    bytes: 0,
    stored: 0,
    backfilled: 0,
    replaced: 0,
    duplicates: 0,
    skipped: 0,
    itemFailures: [],
  };
  const started = deps.now().getTime();
  let page: FetchedPage;
  let candidates: Candidate[];
  try {
    page = await fetchPage(source.url, deps.fetch, deps.limits, { etag: source.etag, lastModified: source.lastModified });
    report.bytes = page.body.byteLength;
    if (page.movedTo && page.movedTo !== source.url) {
      // why: a permanent redirect says the old address is gone for good; polling it forever costs a hop each time
      // and breaks when the old host stops redirecting. A temporary one (302/307) leaves the stored URL alone.
      deps.store.sources.moveSource(source.id, page.movedTo);
      report.movedTo = page.movedTo;
    }
    if (page.notModified) {
      deps.store.sources.recordPoll(source.id, success(source, started, deps, page));
      report.status = "not-modified";
      return report;
    }
    candidates = candidatesOf(page, deps);
  } catch (error) {
    const reason = (error as Error).message;
    const failures = source.failures + 1;
    const nextTry = nextAfterFailure(started, source.intervalMinutes, failures, deps.random);
    deps.store.sources.recordPoll(source.id, { ok: false, at: iso(started), nextTry: iso(nextTry), error: reason });
    return { ...report, status: "failed", error: reason };
  }
  // why: "never polled successfully" is the first poll, so a crash in the middle of one still stores no more than the backfill
  const firstPoll = source.lastSuccess === null;
  for (const [index, candidate] of candidates.entries()) {
    if (deps.stopping?.()) return report;
    await handleItem(source, candidate, { firstPoll, backlogIndex: index }, deps, report);
  }
  // why: the validators are saved only now: a restart in the middle of a poll reads the whole feed again and loses nothing
  deps.store.sources.recordPoll(source.id, success(source, started, deps, page));
  return report;
}

async function handleItem(
  source: FollowedSource,
  item: Candidate,
  position: { firstPoll: boolean; backlogIndex: number },
  deps: PollerDeps,
  report: PollReport,
): Promise<void> {
  const ledger = deps.store.sources;
  const known = ledger.seenByGuid(source.id, item.guid);
  if (known) {
    const pending = known.articleId === null && known.error !== null && known.attempts < MAX_ITEM_ATTEMPTS;
    const changed = known.articleId !== null && known.itemHash !== item.hash;
    if (pending || changed) await store(item, known, deps, report);
    return;
  }
  const alike = ledger.seenAlike(source.id, item.url, item.hash);
  if (alike) {
    // why: the same story under a new GUID (a feed regenerated its ids, or moved the item) is not news again
    ledger.putSeen({ ...alike, guid: item.guid, url: item.url, itemHash: item.hash });
    report.duplicates += 1;
    return;
  }
  const seen: SeenItem = {
    sourceId: source.id,
    guid: item.guid,
    url: item.url,
    itemHash: item.hash,
    articleId: null,
    firstSeen: iso(deps.now().getTime()),
    announce: !position.firstPoll,
    attempts: 0,
    error: null,
  };
  if (position.firstPoll && position.backlogIndex >= source.backfill) {
    ledger.putSeen(seen);
    report.skipped += 1;
    return;
  }
  const already = storedArticleIdByUrl(deps.store, item.url);
  if (already) {
    ledger.putSeen({ ...seen, articleId: already });
    return;
  }
  await store(item, seen, deps, report);
}

/**
 * Fetches the item's article and stores it; the seen row is written before (pending) and after (with the article
 * and the item's new hash). A failure keeps the old hash, so a changed item whose page failed is tried again.
 */
async function store(item: Candidate, seen: SeenItem, deps: PollerDeps, report: PollReport): Promise<void> {
  const ledger = deps.store.sources;
  const attempt = { ...seen, attempts: seen.attempts + 1 };
  // why: written first, so an item whose fetch is cut short by a restart is retried instead of counted as new again
  ledger.putSeen({ ...attempt, error: seen.articleId === null ? "pending" : seen.error });
  try {
    const result = await deps.ingester.ingest(await item.load());
    const isNew = seen.articleId === null;
    // why: a new item's first-seen time is taken after its article is stored, so it is never before the article's
    // ingest time and the digest window that holds the article also holds the item
    const firstSeen = isNew ? iso(deps.now().getTime()) : seen.firstSeen;
    ledger.putSeen({ ...attempt, itemHash: item.hash, articleId: result.articleId, firstSeen, error: null });
    if (isNew && result.status === "new") {
      report.stored += 1;
      if (!seen.announce) report.backfilled += 1;
    } else if (result.status === "replaced") report.replaced += 1;
  } catch (error) {
    const reason = (error as Error).message;
    ledger.putSeen({ ...attempt, error: reason });
    report.itemFailures.push({ item: item.url, reason });
  }
}

function candidatesOf(page: FetchedPage, deps: PollerDeps): Candidate[] {
  const content: PageContent = pageContent(page);
  if (content.kind !== "xml") {
    // why: a followed web page (not a feed) is one item whose identity is its URL and whose version is its text
    const hash = createHash("sha256").update(content.text).digest("hex").slice(0, 32);
    return [{ guid: page.url, url: canonicalUrl(page.url), hash, load: async () => pageArticle(content, page.url) }];
  }
  const feed = parseFeed(content.text, page.url);
  if (!feed) throw new Error("is XML but not an RSS or Atom feed");
  // why: the XML reader is lenient, so a feed cut short reads as fewer items; a poll that took it for the whole
  // feed would remember nothing wrong and say nothing, so an unclosed document is a failure of the source
  if (!/<\/(rss|feed|rdf:rdf)\s*>\s*$/i.test(content.text.trimEnd()))
    throw new Error(`is not well-formed XML: the document ends before its closing </${feed.format === "atom" ? "feed" : "rss"}>`);
  return feed.items.filter((item): item is FeedItem => "link" in item).map((item) => feedCandidate(item, feed, deps));
}

function feedCandidate(item: FeedItem, feed: Feed, deps: PollerDeps): Candidate {
  const url = canonicalUrl(item.link);
  return {
    guid: item.guid ?? url,
    url,
    hash: item.fingerprint ?? url,
    load: () => feedItemArticle(item, feed, { fetch: deps.fetch, limits: deps.limits }),
  };
}

function success(source: FollowedSource, at: number, deps: PollerDeps, page: FetchedPage) {
  return {
    ok: true as const,
    at: iso(at),
    nextTry: iso(nextAfterSuccess(at, source.intervalMinutes, deps.random)),
    // why: a 304 may omit the validators; the ones that earned it stay valid
    etag: page.etag ?? source.etag,
    lastModified: page.lastModified ?? source.lastModified,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
