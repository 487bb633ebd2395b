/**
 * The fact-reader port: stored articles and their facts read back. src/query, the digest's content and
 * autocomplete depend on it; SQLite implements it (sqlite-store.ts with read-*.ts).
 * It returns the camelCase domain types of fact-types.ts; SQLite's column names stay inside its implementation.
 */
import type {
  AliasKey,
  ArticleSummary,
  CitedEvent,
  CitedQuote,
  CitedRole,
  CitedSentence,
  EntityAlias,
  RoleCount,
  StoreCounts,
  StoredEntity,
  TopicPerson,
  TopicStats,
} from "../fact-types.ts";
import type { DayRange, SearchTerms } from "../types.ts";

/** A stored article's metadata and the text its facts were read from. */
export type StoredArticle = { id: string; title: string; source: string; url: string; published: string; text: string };

/** Facts by their item ids ("q12", "e7", "s40"): what a thread's parent message showed. */
export type FactsByIds = { quotes: CitedQuote[]; events: CitedEvent[]; sentences: CitedSentence[] };

/** Articles stored in (after, upTo]: ISO instants compared with the time each article was stored. */
export type IngestWindow = { after: string; upTo: string };

/** A quoted person or organisation for autocomplete, with how many quotes the store holds of them. */
export type SpeakerSuggestion = { id: string; name: string; quotes: number };

export type FactReader = {
  counts(): StoreCounts;
  isEmpty(): boolean;
  /**
   * Changes whenever the stored data may have changed, by this connection or any other (another process, an
   * answer worker's writer): results read before are then stale. Cheap enough to ask before every query.
   */
  dataVersion(): string;
  articleCount(): number;
  /** Every stored article's id, in storage order. */
  storedArticleIds(): string[];
  /**
   * An article's metadata and the text its facts were read from. Articles stored before schema version 2 kept
   * only their sentences: their text is rebuilt from them (spaces between sentences, blank lines between paragraphs).
   */
  storedArticle(id: string): StoredArticle | null;

  listArticles(limit: number): ArticleSummary[];
  articlesByIds(ids: readonly string[]): ArticleSummary[];
  topicStats(): TopicStats[];
  topicSentences(slug: string, limit: number): CitedSentence[];
  topicQuotes(slug: string, limit: number): CitedQuote[];
  topicEvents(slug: string, limit: number): CitedEvent[];
  topicPeople(slug: string, limit: number): TopicPerson[];

  entityById(id: string): StoredEntity | null;
  /** Entities having an alias whose folded form is exactly `key`. */
  entitiesByAliasKey(key: string): StoredEntity[];
  entitiesBySurnameKey(surnameKey: string): StoredEntity[];
  /** Every (entity, folded alias) pair: the candidates for typo-tolerant name lookup. */
  aliasKeys(): AliasKey[];
  entityAliases(id: string): EntityAlias[];
  /** With `limit`, the newest `limit` roles only (still oldest first). */
  entityRoles(ids: readonly string[], limit?: number): CitedRole[];
  /** An entity's distinct spellings, most used first. */
  aliasNames(id: string): string[];
  /** The first `limit` articles (by storage order) where the entity was written `alias`. */
  aliasArticles(id: string, alias: string, limit: number): string[];
  /** Each distinct role once, cited from the first article that gave it. */
  roleSources(id: string, limit: number): CitedRole[];
  /** Distinct roles per entity with how many articles gave each, most cited first. */
  roleCounts(ids: readonly string[]): RoleCount[];
  /** The newest `limit` articles that mention the entity, newest first. */
  entityArticles(id: string, limit: number): ArticleSummary[];
  /** First and last publication day of the articles that mention the entity, and how many; null when none. */
  entitySpan(id: string): { first: string; last: string; articles: number; topics: string[] } | null;
  quotesBySpeaker(id: string, limit: number): CitedQuote[];
  quoteCount(id: string): number;

  searchQuotes(search: SearchTerms, limit: number): CitedQuote[];
  searchEvents(search: SearchTerms, limit: number): CitedEvent[];
  searchSentences(search: SearchTerms, limit: number): CitedSentence[];

  /** Events whose date lies inside the range (at any precision). */
  eventsWithin(range: DayRange, limit: number): CitedEvent[];
  /** Events dated exactly `date` ("2022-11" or "2022"): the coarse events a finer query shows as "sometime in". */
  eventsDated(date: string, limit: number): CitedEvent[];
  quotesSaidWithin(range: DayRange, limit: number): CitedQuote[];
  /** Distinct event days nearest to `day`, before and after: for "nothing on that day; nearest: …". */
  nearestEventDays(day: string, limit: number): string[];

  /** Quotes, events and sentences by item id ("q12", "e7", "s40"): the facts a thread's parent showed. */
  factsByIds(ids: readonly string[]): FactsByIds;
  /** Roles whose text contains any of the words ("who is the CIA chief?"); roles have no full-text index. */
  rolesMatching(words: readonly string[], limit: number): CitedRole[];
  /** Quotes read from these sentences (sentence row ids, as in CitedSentence.id). */
  quotesInSentences(sentenceIds: readonly number[]): CitedQuote[];
  /** Quotes whose speaker description or role contains every word: unnamed speakers ("a senior official"). */
  quotesByDescription(words: readonly string[], limit: number): CitedQuote[];
  /** Facts of one kind matching every group of word forms (any form per group; "stem*" a prefix), newest first. */
  matchFacts(kind: "quote" | "event" | "sentence", groups: readonly (readonly string[])[], limit: number): FactsByIds;

  /** Quoted people and organisations whose folded name starts with `prefixKey` (all, when empty), most quoted first. */
  suggestSpeakers(prefixKey: string, limit: number): SpeakerSuggestion[];

  /** What a topic gained in a window of ingest time (digests: "new since the last digest"), best first. */
  topicArticlesIngested(slug: string, window: IngestWindow, limit: number): ArticleSummary[];
  topicQuotesIngested(slug: string, window: IngestWindow, limit: number): CitedQuote[];
  topicEventsIngested(slug: string, window: IngestWindow, limit: number): CitedEvent[];
};
