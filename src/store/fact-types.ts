/**
 * What the fact-reader port (ports/fact-reader.ts) returns: stored facts as camelCase domain types. Any store
 * implements them as they are; SQLite's column names and encodings (snake_case, JSON and comma lists) stay in
 * its own modules (rows.ts checks what its SQL returns against these types).
 */
import type { DateBasis, Precision } from "../domain/dates.ts";
import type { EntityType, QuoteKind } from "../domain/facts.ts";

/** The article and sentence a fact was read from; `start`/`end` are the fact's offsets in the article text. */
export type FactCitation = {
  articleId: string;
  source: string;
  published: string;
  url: string;
  title: string;
  sentence: string;
  start: number;
  end: number;
};

export type CitedQuote = FactCitation & {
  id: number;
  text: string;
  kind: QuoteKind;
  speakerId: string | null;
  /** The merged entity's display name when known, else the name the article used. */
  speakerName: string | null;
  speakerRole: string | null;
  speakerDescription: string | null;
  via: string | null;
  saidDate: string | null;
  saidPrecision: Precision | null;
  saidBasis: DateBasis | null;
  saidPhrase: string | null;
  /** Relevance for the request that produced the quote (higher is better); 0 when unranked. */
  score: number;
};

export type CitedEvent = FactCitation & {
  id: number;
  date: string;
  precision: Precision;
  basis: DateBasis;
  /** A range or a season ("2009-03/2011-05", "2019-21"); null for a point date. */
  edtf: string | null;
  summary: string;
  actors: string[];
  score: number;
};

export type CitedSentence = FactCitation & { id: number; score: number };

/** A role an article gave an entity ("foreign minister"), cited to the sentence that gave it. */
export type CitedRole = FactCitation & { entityId: string; role: string };

export type StoredEntity = { id: string; type: EntityType; name: string };

/** One spelling of an entity as one article wrote it. */
export type EntityAlias = { entityId: string; alias: string; articleId: string };

/** A person a topic's articles name, with how many of their quotes those articles hold. */
export type TopicPerson = StoredEntity & { quoteCount: number };

/** A stored article's metadata and fact counts; `topics` sorted. */
export type ArticleSummary = {
  id: string;
  title: string;
  source: string;
  url: string;
  published: string;
  quoteCount: number;
  eventCount: number;
  topics: string[];
};

/** A topic's totals; `first` and `latest` are publication days, null when the topic has no article. */
export type TopicStats = {
  slug: string;
  articles: number;
  quotes: number;
  events: number;
  first: string | null;
  latest: string | null;
};

/** An entity and one folded form of a name it goes by: a candidate for typo-tolerant name lookup. */
export type AliasKey = { entityId: string; aliasKey: string };

/** A distinct role of an entity and how many articles gave it. */
export type RoleCount = { entityId: string; role: string; n: number };

export type StoreCounts = {
  articles: number;
  sentences: number;
  quotes: number;
  events: number;
  entities: number;
  aliases: number;
  roles: number;
  articleTopics: number;
};
