/**
 * What SQLite's reads return, checked with zod when read back so a hand-edited or half-migrated database fails
 * loudly at the boundary instead of deep inside a query. The SQL names its columns as the port's types do
 * (`a.id AS "articleId"`, read-facts.ts), so a row needs no renaming: each schema's output is the port's type.
 */
import { z } from "zod";
import { DateBasisSchema, PrecisionSchema } from "../domain/dates.ts";
import { EntityTypeSchema, QuoteKindSchema } from "../domain/facts.ts";
import { parseStored, parseStoredJson } from "./damaged-data.ts";
import type {
  ArticleSummary,
  CitedEvent,
  CitedQuote,
  CitedRole,
  CitedSentence,
  EntityAlias,
  FactCitation,
  StoreCounts,
  StoredEntity,
  TopicPerson,
  TopicStats,
} from "./fact-types.ts";

export const CitationRowSchema = z.object({
  articleId: z.string(),
  source: z.string(),
  published: z.string(),
  url: z.string(),
  title: z.string(),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
}) satisfies z.ZodType<FactCitation>;

export const QuoteRowSchema = CitationRowSchema.extend({
  id: z.number().int(),
  text: z.string(),
  kind: QuoteKindSchema,
  speakerId: z.string().nullable(),
  speakerName: z.string().nullable(),
  speakerRole: z.string().nullable(),
  speakerDescription: z.string().nullable(),
  via: z.string().nullable(),
  saidDate: z.string().nullable(),
  saidPrecision: PrecisionSchema.nullable(),
  saidBasis: DateBasisSchema.nullable(),
  saidPhrase: z.string().nullable(),
  score: z.number(),
}) satisfies z.ZodType<CitedQuote>;

// why: built once; a schema constructed per row would be rebuilt (and re-compiled by zod) thousands of times.
const StringListSchema = z.array(z.string());

export const EventRowSchema = CitationRowSchema.extend({
  id: z.number().int(),
  date: z.string(),
  precision: PrecisionSchema,
  basis: DateBasisSchema,
  edtf: z.string().nullable(),
  summary: z.string(),
  actors: z.string().transform((value) => StringListSchema.parse(JSON.parse(value))),
  score: z.number(),
}) satisfies z.ZodType<CitedEvent>;

export const SentenceRowSchema = CitationRowSchema.extend({ id: z.number().int(), score: z.number() }) satisfies z.ZodType<CitedSentence>;

export const EntityRowSchema = z.object({ id: z.string(), type: EntityTypeSchema, name: z.string() }) satisfies z.ZodType<StoredEntity>;

export const AliasRowSchema = z.object({ entityId: z.string(), alias: z.string(), articleId: z.string() }) satisfies z.ZodType<EntityAlias>;

export const RoleRowSchema = CitationRowSchema.extend({ entityId: z.string(), role: z.string() }) satisfies z.ZodType<CitedRole>;

export const PersonCountRowSchema = EntityRowSchema.extend({ quoteCount: z.number().int() }) satisfies z.ZodType<TopicPerson>;

export const ArticleRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  url: z.string(),
  published: z.string(),
  quoteCount: z.number().int(),
  eventCount: z.number().int(),
  topics: z
    .string()
    .nullable()
    .transform((value) => (value ? value.split(",").sort() : [])),
}) satisfies z.ZodType<ArticleSummary>;

export const TopicStatsRowSchema = z.object({
  slug: z.string(),
  articles: z.number().int(),
  quotes: z.number().int(),
  events: z.number().int(),
  first: z.string().nullable(),
  latest: z.string().nullable(),
}) satisfies z.ZodType<TopicStats>;

export const StoreCountsSchema = z.object({
  articles: z.number().int(),
  sentences: z.number().int(),
  quotes: z.number().int(),
  events: z.number().int(),
  entities: z.number().int(),
  aliases: z.number().int(),
  roles: z.number().int(),
  articleTopics: z.number().int(),
}) satisfies z.ZodType<StoreCounts>;

/**
 * Checks rows read back against `schema`. Every row's shape comes from the same prepared SELECT, so a
 * schema drift or a half-applied migration shows in the first row: that one is checked in full, the rest
 * through the schema only when the result is small.
 * why: a full zod pass over hundreds of rows cost more than the query itself (bench:store).
 */
const FULLY_CHECKED = 25;
export function parseRows<S extends z.ZodType>(schema: S, rows: unknown[], what: string): z.output<S>[] {
  // why: a row that does not fit is damage (or a half-migrated file): DamagedDataError, which the store reports as such.
  const check = (row: unknown): z.output<S> => parseStored(schema, row, what);
  if (rows.length <= FULLY_CHECKED) return rows.map(check);
  const first = check(rows[0]);
  // why: only the JSON and list columns need converting after the first row has proven the shape
  const convert = (row: Record<string, unknown>) => convertColumns(row) as z.output<S>;
  return [first, ...rows.slice(1).map((row) => convert(row as Record<string, unknown>))];
}

function convertColumns(row: Record<string, unknown>): Record<string, unknown> {
  const out = { ...row };
  if (typeof out.actors === "string") out.actors = parseStoredJson(out.actors, "an event's actors");
  if ("topics" in out) out.topics = typeof out.topics === "string" && out.topics ? out.topics.split(",").sort() : [];
  return out;
}
