/**
 * What the query engine returns: plain data, every item with the citation it came from.
 * These shapes are a contract with the renderers (commands/ → Document) and with `brief … --json`;
 * add optional fields freely, but rename or remove nothing without updating both.
 */
import { z } from "zod";
import { DateBasisSchema, PartialDateSchema, PrecisionSchema } from "../domain/dates.ts";
import { EdtfSchema } from "../domain/edtf.ts";
import { EntityTypeSchema, QuoteKindSchema } from "../domain/facts.ts";

/** Where a fact was read: the article (id, outlet, date, url, title) and the sentence with its offsets. */
export const CitationSchema = z.object({
  articleId: z.string(),
  /** The outlet's name ("Example Wire"). */
  source: z.string(),
  /** The article's publication day, YYYY-MM-DD. */
  published: z.string(),
  url: z.string(),
  title: z.string(),
  /** The whole sentence the fact was read from, verbatim from the article's cleaned text. */
  sentence: z.string(),
  /** UTF-16 offsets of the fact in the article's cleaned text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Citation = z.output<typeof CitationSchema>;

/** A date as the articles give it: "2014", "2022-11", "2022-11-12", with how it was resolved. */
export const FactDateSchema = z.object({
  date: PartialDateSchema,
  precision: PrecisionSchema,
  basis: DateBasisSchema,
  /** The words it was read from ("on Saturday", "earlier this month"), when not explicit. */
  phrase: z.string().nullable(),
  /**
   * Only for a range or a season: its ISO 8601-2/EDTF form ("2009-03/2011-05", "2019-21" = spring 2019) and its
   * first and last partial dates ("2009-03", "2011-05"). `date` + `precision` are then the start (a season: its year).
   */
  edtf: EdtfSchema.optional(),
  start: PartialDateSchema.optional(),
  end: PartialDateSchema.optional(),
});
export type FactDate = z.output<typeof FactDateSchema>;

export const SpeakerRefSchema = z.object({
  /** The merged entity id; null for an unnamed speaker ("a White House spokesperson"). */
  entityId: z.string().nullable(),
  /** The entity's display name (fullest known), or null for an unnamed speaker. */
  name: z.string().nullable(),
  /** The role the article gave the speaker in this quote's context, or the entity's best-known role. */
  role: z.string().nullable(),
  /** For unnamed speakers: the article's own description. */
  description: z.string().nullable(),
});

export const QuoteItemSchema = z.object({
  /** Stable store id of the quote ("q:<articleId>:<n>"): threads keep these. */
  id: z.string(),
  text: z.string(),
  /** direct/partial are verbatim; indirect is reported speech. */
  kind: QuoteKindSchema,
  speaker: SpeakerRefSchema,
  /** The outlet the words were relayed through ("Example Wire"), null when said to the article's reporter. */
  via: z.string().nullable(),
  /** When it was said; null when the article does not say (fall back to citation.published). */
  saidOn: FactDateSchema.nullable(),
  citation: CitationSchema,
});
export type QuoteItem = z.output<typeof QuoteItemSchema>;

export const EventItemSchema = z.object({
  id: z.string(),
  date: FactDateSchema,
  summary: z.string(),
  actors: z.array(z.string()),
  /** True on a day query for an event known only to the month (or year): show as "sometime in Nov 2022". */
  sometimeIn: z.boolean(),
  citation: CitationSchema,
  /** The same event as reported by other articles (same date and near-identical summary). */
  alsoReportedIn: z.array(CitationSchema),
});
export type EventItem = z.output<typeof EventItemSchema>;

/** An article sentence picked for a summary or a search hit. */
export const SentenceItemSchema = z.object({ text: z.string(), citation: CitationSchema });
export type SentenceItem = z.output<typeof SentenceItemSchema>;

export const RoleItemSchema = z.object({ text: z.string(), citation: CitationSchema });

export const PersonSummarySchema = z.object({
  entityId: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  /** Distinct roles, most cited first (text only; entity() has them with sources). */
  roles: z.array(z.string()),
  quoteCount: z.number().int().nonnegative(),
});
export type PersonSummary = z.output<typeof PersonSummarySchema>;

export const SourceItemSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  source: z.string(),
  url: z.string(),
  published: z.string(),
  quoteCount: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative(),
  topics: z.array(z.string()),
});
export type SourceItem = z.output<typeof SourceItemSchema>;

const TopicRefSchema = z.object({ slug: z.string(), title: z.string(), description: z.string() });

export const TopicBriefSchema = z.object({
  kind: z.literal("topic-brief"),
  topic: TopicRefSchema,
  articleCount: z.number().int().nonnegative(),
  /** Publication days of the earliest and latest article, null when the topic has none. */
  published: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** 3–5 extractive sentences, ranked for the topic, no two alike, spread across articles. */
  summary: z.array(SentenceItemSchema),
  /** Key people, most quoted first. */
  people: z.array(PersonSummarySchema),
  /** The strongest quotes, verbatim first. */
  quotes: z.array(QuoteItemSchema),
  /** Events ordered by date; a coarser date sorts before finer dates inside it ("2014" < "2014-02-21"). */
  timeline: z.array(EventItemSchema),
  sources: z.array(SourceItemSchema),
});
export type TopicBrief = z.output<typeof TopicBriefSchema>;

export const WhoSaidPersonSchema = z.object({
  kind: z.literal("who-said-person"),
  query: z.string(),
  person: z.object({
    entityId: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
  }),
  /** Verbatim (direct, partial) quotes first, then reported speech; newest first within each. */
  quotes: z.array(QuoteItemSchema),
  /** Other people the name could mean (same surname, different first name). */
  otherMatches: z.array(z.string()),
});
export type WhoSaidPerson = z.output<typeof WhoSaidPersonSchema>;

export const PhraseMatchSchema = z.object({
  quote: QuoteItemSchema,
  /** 0..1, how much of the phrase the quote contains (1 = exact, lower = reworded). */
  score: z.number(),
});
export type PhraseMatch = z.output<typeof PhraseMatchSchema>;

export const WhoSaidPhraseSchema = z.object({
  kind: z.literal("who-said-phrase"),
  query: z.string(),
  /** Best match first. */
  matches: z.array(PhraseMatchSchema),
});
export type WhoSaidPhrase = z.output<typeof WhoSaidPhraseSchema>;

export const OnDateResultSchema = z.object({
  kind: z.literal("on-date"),
  query: z.string(),
  /** The inclusive day range the expression meant, and its grain. */
  range: z.object({ from: z.string(), to: z.string(), precision: z.enum(["day", "month", "year", "range"]) }),
  /** A readable name for the range: "24 Mar 2022", "Nov 2022", "2022", "1–30 Nov 2022". */
  label: z.string(),
  /** Events in the range by date; coarser events that overlap a day query come with sometimeIn = true. */
  events: z.array(EventItemSchema),
  /** Quotes said in the range, by date. */
  quotes: z.array(QuoteItemSchema),
});
export type OnDateResult = z.output<typeof OnDateResultSchema>;

export const EntityProfileSchema = z.object({
  kind: z.literal("entity"),
  query: z.string(),
  entityId: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  /** Every spelling seen, most used first, with the first articles it was seen in (up to 10). */
  aliases: z.array(z.object({ name: z.string(), articleIds: z.array(z.string()) })),
  /** Each distinct role once (up to 10), cited from the first article that gave it. */
  roles: z.array(RoleItemSchema),
  /** Publication days of the first and last article that mention the entity. */
  firstSeen: z.string(),
  lastSeen: z.string(),
  quoteCount: z.number().int().nonnegative(),
  topics: z.array(z.string()),
  /** The newest articles that mention the entity (at most 20), newest first. */
  articles: z.array(SourceItemSchema),
});
export type EntityProfile = z.output<typeof EntityProfileSchema>;

export const SearchHitSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("quote"), score: z.number(), quote: QuoteItemSchema }),
  z.object({ type: z.literal("event"), score: z.number(), event: EventItemSchema }),
  z.object({ type: z.literal("sentence"), score: z.number(), sentence: SentenceItemSchema }),
]);
export type SearchHit = z.output<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  kind: z.literal("search"),
  query: z.string(),
  /** Best first; higher score is better. */
  hits: z.array(SearchHitSchema),
});
export type SearchResult = z.output<typeof SearchResultSchema>;

export const SourcesListSchema = z.object({
  kind: z.literal("sources"),
  /** How many articles the store holds (the list may be capped). */
  total: z.number().int().nonnegative(),
  /** Newest first. */
  sources: z.array(SourceItemSchema),
});
export type SourcesList = z.output<typeof SourcesListSchema>;

export const TopicSummarySchema = TopicRefSchema.extend({
  articleCount: z.number().int().nonnegative(),
  quoteCount: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative(),
  /** Publication day of the newest article, null when none. */
  latest: z.string().nullable(),
});

export const TopicsListSchema = z.object({ kind: z.literal("topics"), topics: z.array(TopicSummarySchema) });
export type TopicsList = z.output<typeof TopicsListSchema>;

/** Nothing matched: say so, and offer the nearest things that exist. */
export const NotFoundSchema = z.object({
  kind: z.literal("not-found"),
  what: z.enum(["topic", "person", "phrase", "date", "entity", "search"]),
  query: z.string(),
  /** A full sentence safe to show: "No topic 'harbour-strkie' — did you mean harbour-strike?" */
  message: z.string(),
  /** Closest existing slugs, names, dates or phrases, nearest first (may be empty). */
  suggestions: z.array(z.string()),
});
export type NotFound = z.output<typeof NotFoundSchema>;

/** The question itself was unusable (malformed date, empty or oversized text): a message and a hint. */
export const InvalidQuerySchema = z.object({
  kind: z.literal("invalid-query"),
  query: z.string(),
  message: z.string(),
  /** An example of a valid query. */
  hint: z.string(),
});
export type InvalidQuery = z.output<typeof InvalidQuerySchema>;

export const TopicBriefResultSchema = z.discriminatedUnion("kind", [TopicBriefSchema, NotFoundSchema, InvalidQuerySchema]);
export type TopicBriefResult = z.output<typeof TopicBriefResultSchema>;
export const WhoSaidResultSchema = z.discriminatedUnion("kind", [
  WhoSaidPersonSchema,
  WhoSaidPhraseSchema,
  NotFoundSchema,
  InvalidQuerySchema,
]);
export type WhoSaidResult = z.output<typeof WhoSaidResultSchema>;
export const OnDateQueryResultSchema = z.discriminatedUnion("kind", [OnDateResultSchema, NotFoundSchema, InvalidQuerySchema]);
export type OnDateQueryResult = z.output<typeof OnDateQueryResultSchema>;
export const EntityResultSchema = z.discriminatedUnion("kind", [EntityProfileSchema, NotFoundSchema, InvalidQuerySchema]);
export type EntityResult = z.output<typeof EntityResultSchema>;
export const SearchQueryResultSchema = z.discriminatedUnion("kind", [SearchResultSchema, NotFoundSchema, InvalidQuerySchema]);
export type SearchQueryResult = z.output<typeof SearchQueryResultSchema>;

/** The engine's questions. Pure reads through the FactStore port; no I/O of its own. */
export type QueryEngine = {
  topicBrief(slug: string): TopicBriefResult;
  /** A name ("Lovelace", "ada lovelace") or a quoted phrase ('"weave patterns"') decides which kind of answer. */
  whoSaid(nameOrPhrase: string): WhoSaidResult;
  onDate(expression: string): OnDateQueryResult;
  entity(name: string): EntityResult;
  search(text: string): SearchQueryResult;
  topics(): TopicsList;
  sources(): SourcesList;
};
