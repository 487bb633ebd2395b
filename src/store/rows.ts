/**
 * Rows as the store returns them, validated with zod when read back so a hand-edited or half-migrated
 * database fails loudly at the boundary instead of deep inside a query.
 */
import { z } from "zod";
import { DateBasisSchema, PrecisionSchema } from "../domain/dates.ts";
import { EntityTypeSchema, QuoteKindSchema } from "../domain/facts.ts";
import { parseStored, parseStoredJson } from "./damaged-data.ts";

export const CitationRowSchema = z.object({
  article_id: z.string(),
  source: z.string(),
  published: z.string(),
  url: z.string(),
  title: z.string(),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type CitationRow = z.output<typeof CitationRowSchema>;

export const QuoteRowSchema = CitationRowSchema.extend({
  id: z.number().int(),
  text: z.string(),
  kind: QuoteKindSchema,
  speaker_id: z.string().nullable(),
  /** The merged entity's display name when known, else the name the article used. */
  speaker_name: z.string().nullable(),
  speaker_role: z.string().nullable(),
  speaker_description: z.string().nullable(),
  via: z.string().nullable(),
  said_date: z.string().nullable(),
  said_precision: PrecisionSchema.nullable(),
  said_basis: DateBasisSchema.nullable(),
  said_phrase: z.string().nullable(),
  /** Relevance for the request that produced the row (higher is better); 0 when unranked. */
  score: z.number(),
});
export type QuoteRow = z.output<typeof QuoteRowSchema>;

// why: built once; a schema constructed per row would be rebuilt (and re-compiled by zod) thousands of times.
const StringListSchema = z.array(z.string());

export const EventRowSchema = CitationRowSchema.extend({
  id: z.number().int(),
  date: z.string(),
  precision: PrecisionSchema,
  basis: DateBasisSchema,
  /** A range or a season ("2009-03/2011-05", "2019-21"); null for a point date. */
  edtf: z.string().nullable(),
  summary: z.string(),
  actors: z.string().transform((value) => StringListSchema.parse(JSON.parse(value))),
  score: z.number(),
});
export type EventRow = z.output<typeof EventRowSchema>;

export const SentenceRowSchema = CitationRowSchema.extend({ id: z.number().int(), score: z.number() });
export type SentenceRow = z.output<typeof SentenceRowSchema>;

export const EntityRowSchema = z.object({ id: z.string(), type: EntityTypeSchema, name: z.string() });
export type EntityRow = z.output<typeof EntityRowSchema>;

export const AliasRowSchema = z.object({ entity_id: z.string(), alias: z.string(), article_id: z.string() });
export type AliasRow = z.output<typeof AliasRowSchema>;

export const RoleRowSchema = CitationRowSchema.extend({ entity_id: z.string(), role: z.string() });
export type RoleRow = z.output<typeof RoleRowSchema>;

export const PersonCountRowSchema = EntityRowSchema.extend({ quote_count: z.number().int() });
export type PersonCountRow = z.output<typeof PersonCountRowSchema>;

export const ArticleRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  url: z.string(),
  published: z.string(),
  quote_count: z.number().int(),
  event_count: z.number().int(),
  topics: z
    .string()
    .nullable()
    .transform((value) => (value ? value.split(",").sort() : [])),
});
export type ArticleRow = z.output<typeof ArticleRowSchema>;

export const TopicStatsRowSchema = z.object({
  slug: z.string(),
  articles: z.number().int(),
  quotes: z.number().int(),
  events: z.number().int(),
  first: z.string().nullable(),
  latest: z.string().nullable(),
});
export type TopicStatsRow = z.output<typeof TopicStatsRowSchema>;

export const StoreCountsSchema = z.object({
  articles: z.number().int(),
  sentences: z.number().int(),
  quotes: z.number().int(),
  events: z.number().int(),
  entities: z.number().int(),
  aliases: z.number().int(),
  roles: z.number().int(),
  articleTopics: z.number().int(),
});
export type StoreCounts = z.output<typeof StoreCountsSchema>;

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
