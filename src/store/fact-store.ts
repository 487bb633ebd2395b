/**
 * The FactStore port: everything the rest of Briefbot may ask of storage. SQLite implements it
 * (sqlite-store.ts); queries and ingest depend only on this. Calls are synchronous because the
 * embedded driver is, and every answer must come back well inside a chat platform's 3-second window.
 */
import type { ArticleFacts } from "../domain/facts.ts";
import type { Delivery, Subscription, ThreadKey, ThreadRecord, ThreadTurn } from "./conversation-types.ts";
import type { FactsByIds } from "./read-ask.ts";
import type { DeliveryKey, IngestWindow } from "./read-digest.ts";
import type { SpeakerSuggestion } from "./read-suggest.ts";
import type {
  AliasRow,
  ArticleRow,
  EntityRow,
  EventRow,
  PersonCountRow,
  QuoteRow,
  RoleRow,
  SentenceRow,
  StoreCounts,
  TopicStatsRow,
} from "./rows.ts";
import type { SourceLedger } from "./source-ledger.ts";
import type { DayRange, SearchTerms } from "./types.ts";

export type TextSpan = { start: number; end: number; text: string };

/** Topic tags of one article: article level, and sentence level by index into its sentence list. */
export type TopicTags = {
  article: { slug: string; score: number }[];
  sentences: { index: number; slug: string; score: number }[];
};

export type ArticleToStore = {
  facts: ArticleFacts;
  /** Hash of the normalised text and metadata: the same hash is the same article. */
  contentHash: string;
  /** The text the facts were read from: stored once, compressed; sentences and facts point into it by offsets. */
  text: string;
  /** The body cut into sentences, in order, with offsets into `text`. */
  sentences: TextSpan[];
  topics: TopicTags;
};

export type StoredArticle = { id: string; title: string; source: string; url: string; published: string; text: string };

export type PutResult = { status: "new" | "unchanged" | "replaced"; articleId: string; replaced?: string };

/** Re-tags an article from its stored title and sentences (no re-extraction). */
export type Retagger = (article: { id: string; title: string }, sentences: readonly string[]) => TopicTags;

export type FactStore = {
  readonly path: string;
  /** Stores one article's facts in one transaction: new, unchanged (same hash) or replacing the same URL. */
  putArticle(article: ArticleToStore): PutResult;
  /** The id of the stored article with this content hash, or null. */
  articleIdByHash(hash: string): string | null;
  /** Every stored article's id, in storage order. */
  storedArticleIds(): string[];
  /**
   * An article's metadata and the text its facts were read from. Articles stored before schema version 2 kept
   * only their sentences: their text is rebuilt from them (spaces between sentences, blank lines between paragraphs).
   */
  storedArticle(id: string): StoredArticle | null;
  /**
   * Replaces an article's facts, sentences and topics with new ones read from the same text, in one transaction,
   * keeping its id, content hash and ingest time (so digests do not announce it again).
   */
  rewriteArticle(id: string, article: Omit<ArticleToStore, "contentHash">): PutResult;
  /** Re-assigns topics to every article in one transaction; returns how many articles have at least one topic. */
  retag(tagger: Retagger): number;
  counts(): StoreCounts;
  isEmpty(): boolean;
  /**
   * Changes whenever the stored data may have changed, by this connection or any other (another process, an
   * answer worker's writer): results read before are then stale. Cheap enough to ask before every query.
   */
  dataVersion(): string;
  articleCount(): number;

  listArticles(limit: number): ArticleRow[];
  articlesByIds(ids: readonly string[]): ArticleRow[];
  topicStats(): TopicStatsRow[];
  topicSentences(slug: string, limit: number): SentenceRow[];
  topicQuotes(slug: string, limit: number): QuoteRow[];
  topicEvents(slug: string, limit: number): EventRow[];
  topicPeople(slug: string, limit: number): PersonCountRow[];

  entityById(id: string): EntityRow | null;
  /** Entities having an alias whose folded form is exactly `key`. */
  entitiesByAliasKey(key: string): EntityRow[];
  entitiesBySurnameKey(surnameKey: string): EntityRow[];
  /** Every (entity, folded alias) pair: the candidates for typo-tolerant name lookup. */
  aliasKeys(): { entity_id: string; alias_key: string }[];
  entityAliases(id: string): AliasRow[];
  /** With `limit`, the newest `limit` roles only (still oldest first). */
  entityRoles(ids: readonly string[], limit?: number): RoleRow[];
  /** An entity's distinct spellings, most used first. */
  aliasNames(id: string): string[];
  /** The first `limit` articles (by storage order) where the entity was written `alias`. */
  aliasArticles(id: string, alias: string, limit: number): string[];
  /** Each distinct role once, cited from the first article that gave it. */
  roleSources(id: string, limit: number): RoleRow[];
  /** Distinct roles per entity with how many articles gave each, most cited first. */
  roleCounts(ids: readonly string[]): { entity_id: string; role: string; n: number }[];
  /** The newest `limit` articles that mention the entity, newest first. */
  entityArticles(id: string, limit: number): ArticleRow[];
  /** First and last publication day of the articles that mention the entity, and how many; null when none. */
  entitySpan(id: string): { first: string; last: string; articles: number; topics: string[] } | null;
  quotesBySpeaker(id: string, limit: number): QuoteRow[];
  quoteCount(id: string): number;

  searchQuotes(search: SearchTerms, limit: number): QuoteRow[];
  searchEvents(search: SearchTerms, limit: number): EventRow[];
  searchSentences(search: SearchTerms, limit: number): SentenceRow[];

  /** Events whose date lies inside the range (at any precision). */
  eventsWithin(range: DayRange, limit: number): EventRow[];
  /** Events dated exactly `date` ("2022-11" or "2022"): the coarse events a finer query shows as "sometime in". */
  eventsDated(date: string, limit: number): EventRow[];
  quotesSaidWithin(range: DayRange, limit: number): QuoteRow[];
  /** Distinct event days nearest to `day`, before and after: for "nothing on that day; nearest: …". */
  nearestEventDays(day: string, limit: number): string[];

  /** Quotes, events and sentences by item id ("q12", "e7", "s40"): the facts a thread's parent showed. */
  factsByIds(ids: readonly string[]): FactsByIds;
  /** Roles whose text contains any of the words ("who is the CIA chief?"); roles have no full-text index. */
  rolesMatching(words: readonly string[], limit: number): RoleRow[];
  /** Quotes read from these sentences (sentence row ids, as in SentenceRow.id). */
  quotesInSentences(sentenceIds: readonly number[]): QuoteRow[];
  /** Quotes whose speaker description or role contains every word: unnamed speakers ("a senior official"). */
  quotesByDescription(words: readonly string[], limit: number): QuoteRow[];
  /** Facts of one kind matching every group of word forms (any form per group; "stem*" a prefix), newest first. */
  matchFacts(kind: "quote" | "event" | "sentence", groups: readonly (readonly string[])[], limit: number): FactsByIds;

  /** Quoted people and organisations whose folded name starts with `prefixKey` (all, when empty), most quoted first. */
  suggestSpeakers(prefixKey: string, limit: number): SpeakerSuggestion[];

  /** A thread's root context and its most recent turns (THREAD_TURNS_READ, oldest of them first), or null. */
  getThread(key: ThreadKey): ThreadRecord | null;
  putThread(record: Omit<ThreadRecord, "turns">): void;
  appendTurn(key: ThreadKey, turn: ThreadTurn): void;

  putSubscription(subscription: Subscription): void;
  removeSubscription(key: { platform: Subscription["platform"]; channel: string; topic: string }): boolean;
  listSubscriptions(): Subscription[];

  /** Claims a digest slot before sending; returns the existing record when the slot was already claimed. */
  claimDelivery(key: { digestId: string; target: string; slot: string; late: boolean }): { claimed: boolean; delivery: Delivery };
  finishDelivery(key: { digestId: string; target: string; slot: string }, outcome: { messageId: string } | { error: string }): void;
  lastDelivery(digestId: string, target: string): Delivery | null;

  /** What a topic gained in a window of ingest time (digests: "new since the last digest"), best first. */
  topicArticlesIngested(slug: string, window: IngestWindow, limit: number): ArticleRow[];
  topicQuotesIngested(slug: string, window: IngestWindow, limit: number): QuoteRow[];
  topicEventsIngested(slug: string, window: IngestWindow, limit: number): EventRow[];
  /** The latest delivery of this digest to this target that reached the platform. */
  lastSentDelivery(digestId: string, target: string): Delivery | null;
  /** This digest's deliveries to this target, newest slot first. */
  deliveryHistory(digestId: string, target: string, limit: number): Delivery[];
  /** Takes over a claim left 'sending' since before `staleBefore` (a crashed sender); true for exactly one caller. */
  reclaimDelivery(key: DeliveryKey, staleBefore: string): boolean;
  /** Renews a live claim so a long retry is not mistaken for a crash. */
  touchDelivery(key: DeliveryKey): void;

  /**
   * Runs the bounded integrity check (integrity.ts) once per open store; throws the "damaged" StoreError when the
   * file fails it, and from then on every write is refused. Writes run it themselves before the first one;
   * `serve` and `ingest` call it at start so damage is reported before any work.
   */
  checkIntegrity(): void;

  /** Followed sources, their polling state and the feed items they have met (src/sources). */
  readonly sources: SourceLedger;

  close(): void;
};
