import { z } from "zod";
import { ArticleRefSchema } from "./article.ts";
import { DateBasisSchema, PartialDateSchema, PrecisionSchema, ResolvedDateSchema } from "./dates.ts";
import { EdtfSchema } from "./edtf.ts";

/** Offsets are UTF-16 code-unit indexes into the article's cleaned text (what `sentence` was cut from). */
const SpanSchema = {
  /** The whole sentence the fact was read from, verbatim from the cleaned text. */
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

export const EntityTypeSchema = z.enum(["person", "organization", "place", "event", "other"]);
export type EntityType = z.output<typeof EntityTypeSchema>;

export const SpeakerSchema = z.object({
  /** The fullest name the article gives; null for an unnamed speaker ("a White House spokesperson"). */
  name: z.string().nullable(),
  /** For unnamed speakers, the article's own description; for named ones, optional context. */
  description: z.string().optional(),
  role: z.string().optional(),
  entityId: z.string().optional(),
});
export type Speaker = z.output<typeof SpeakerSchema>;

export const QuoteKindSchema = z.enum(["direct", "partial", "indirect"]);
export type QuoteKind = z.output<typeof QuoteKindSchema>;

export const QuoteSchema = z.object({
  /** Direct/partial: exactly the characters between the quotation marks. Indirect: the reported clause. */
  text: z.string().min(1),
  kind: QuoteKindSchema,
  speaker: SpeakerSchema,
  /** The outlet the words were relayed through ("Reuters"), null when said to this article's reporter or in public. */
  via: z.string().nullable(),
  saidOn: ResolvedDateSchema.nullable(),
  ...SpanSchema,
});
export type Quote = z.output<typeof QuoteSchema>;

export const EventSchema = z.object({
  /** For a range or a season, its start (a season: its year); `edtf` then says the whole span. */
  date: PartialDateSchema,
  precision: PrecisionSchema,
  basis: DateBasisSchema,
  /** Only for a date that is not one point: "2005/2008", "2009-03/2011-05", "2019-21" (spring 2019). */
  edtf: EdtfSchema.optional(),
  /** A short statement of what happened, taken from the sentence. */
  summary: z.string().min(1),
  actors: z.array(z.string()),
  ...SpanSchema,
});
export type Event = z.output<typeof EventSchema>;

export const RoleSchema = z.object({ text: z.string().min(1), sentence: z.string() });

export const EntitySchema = z.object({
  /** Stable across articles: the same person gets the same id (diacritics folded, variant spellings unified). */
  id: z.string().min(1),
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  roles: z.array(RoleSchema),
});
export type Entity = z.output<typeof EntitySchema>;

/** Everything the extractor read from one article. `--json` prints exactly this shape. */
export const ArticleFactsSchema = z.object({
  article: ArticleRefSchema,
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  entities: z.array(EntitySchema),
  warnings: z.array(z.string()),
});
export type ArticleFacts = z.output<typeof ArticleFactsSchema>;

export { ResolvedDateSchema };
