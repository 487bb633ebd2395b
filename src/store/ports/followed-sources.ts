/**
 * The followed-sources port: feeds and pages Briefbot polls by itself, their polling state, and the feed items
 * each has met. src/sources depends on it; SQLite implements it (source-ledger.ts, rows mapped in source-rows.ts).
 * The whole store carries it as `store.sources`, so code that only follows and polls takes `FollowedSources`.
 */
import { z } from "zod";

export const SourceOriginSchema = z.enum(["config", "cli", "chat"]);
/** Who followed a source: the config file owns its own; the CLI and chat add and remove theirs. */
export type SourceOrigin = z.output<typeof SourceOriginSchema>;

/** A followed source with its polling state. */
export type FollowedSource = {
  id: string;
  url: string;
  topics: string[];
  intervalMinutes: number;
  backfill: number;
  origin: SourceOrigin;
  /** The channel that followed it from chat ("slack:C0123"); null for the operator's own. */
  scope: string | null;
  followedAt: string;
  etag: string | null;
  lastModified: string | null;
  lastSuccess: string | null;
  lastFailure: string | null;
  failures: number;
  nextTry: string;
  lastError: string | null;
};

/** What following a source takes; its polling state starts empty and its first poll is at `nextTry`. */
export type NewSource = Pick<
  FollowedSource,
  "id" | "url" | "topics" | "intervalMinutes" | "backfill" | "origin" | "scope" | "followedAt" | "nextTry"
>;

/** A feed item a source has met, keyed by source and GUID. */
export type SeenItem = {
  sourceId: string;
  guid: string;
  url: string;
  itemHash: string;
  /** The article stored from it, or null when none was (yet). */
  articleId: string | null;
  firstSeen: string;
  /** False for backlog stored when the source was followed: digests never announce it. */
  announce: boolean;
  attempts: number;
  error: string | null;
};

/** The outcome of one poll, written in one statement so a source's state is never half-updated. */
export type PollOutcome =
  | { ok: true; at: string; nextTry: string; etag: string | null; lastModified: string | null }
  | { ok: false; at: string; nextTry: string; error: string };

export type SourceLedger = {
  /** Adds a source, due at once; false when the id is taken. */
  addSource(source: NewSource): boolean;
  /** Writes a source with its whole polling state (brief recover); replaces one with the same id. */
  restoreSource(source: FollowedSource): void;
  /** Changes what the config file says of a source it owns (URL, topics, interval, backfill); keeps its state. */
  updateSource(source: Pick<FollowedSource, "id" | "url" | "topics" | "intervalMinutes" | "backfill">): void;
  /** A source's feed moved for good (HTTP 301/308): polled at `url` from now on; its state is kept. */
  moveSource(id: string, url: string): void;
  removeSource(id: string): boolean;
  getSource(id: string): FollowedSource | null;
  /** Every source, or the ones one channel followed; by id. */
  listSources(scope?: string): FollowedSource[];
  /** Sources whose next try is at or before `now` (ISO), soonest first. */
  dueSources(now: string): FollowedSource[];
  recordPoll(id: string, outcome: PollOutcome): void;
  seenByGuid(sourceId: string, guid: string): SeenItem | null;
  /** An item of this source met before under another GUID: the same canonical URL, or the same item hash. */
  seenAlike(sourceId: string, url: string, itemHash: string): SeenItem | null;
  /** Inserts or replaces one seen item (keyed by source and GUID). */
  putSeen(item: SeenItem): void;
  seenCount(sourceId?: string): number;
};

/** What following and polling code takes: the ledger, as the whole store carries it. */
export type FollowedSources = { readonly sources: SourceLedger };
