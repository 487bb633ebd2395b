import { z } from "zod";
import { ArticleRefSchema } from "../domain/article.ts";
import { ArticleFactsSchema } from "../domain/facts.ts";

/** One article to corroborate: what the extractor read from it, and its body (to tell wire copies apart). */
export const CorroborationInputSchema = z.object({ facts: ArticleFactsSchema, text: z.string() });
export type CorroborationInput = z.output<typeof CorroborationInputSchema>;

export const FactKindSchema = z.enum(["quote", "event", "role"]);

/** One article's telling of a fact. `source` is the id of the lead article of its source (wire copies share one). */
export const CitationSchema = z.object({
  article: ArticleRefSchema,
  source: z.string(),
  /** The quote's words, the event's summary, or the role as written. */
  text: z.string(),
  sentence: z.string(),
});
export type Citation = z.output<typeof CitationSchema>;

/**
 * One fact as several articles tell it. `sources` counts distinct sources: an outlet's articles and the verbatim
 * copies of one wire story count once each, so "reported by N outlets" says how many independent tellings there are.
 */
export const FactGroupSchema = z.object({
  kind: FactKindSchema,
  /** Who: the speaker of a quote, the holder of a role; "" for an event. */
  about: z.string(),
  /** The fullest telling: the longest quote, the first summary, the role. */
  text: z.string(),
  /** Events only: the most precise date any citation gives (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z.string().optional(),
  citations: z.array(CitationSchema).min(1),
  articles: z.number().int().positive(),
  sources: z.number().int().positive(),
  outlets: z.array(z.string()),
});
export type FactGroup = z.output<typeof FactGroupSchema>;

export const ConflictKindSchema = z.enum(["date", "speaker", "figure", "role"]);

/** One side of a disagreement: what this article says (`value`) and where it says it. */
export const VersionSchema = z.object({
  article: ArticleRefSchema,
  /** The differing thing: a date, a speaker's name, a figure as written, a role. */
  value: z.string(),
  /** The fact it belongs to: the event summary, the quote, the sentence with the figure, the person. */
  text: z.string(),
  sentence: z.string(),
});

/** Two sources that tell the same thing differently, cited side by side. */
export const ConflictSchema = z.object({
  kind: ConflictKindSchema,
  /** What they disagree about: the event, the quote, the counted thing, the person. */
  about: z.string(),
  versions: z.tuple([VersionSchema, VersionSchema]),
});
export type Conflict = z.output<typeof ConflictSchema>;

export const CorroborationSchema = z.object({
  groups: z.array(FactGroupSchema),
  conflicts: z.array(ConflictSchema),
  /** Each article id mapped to its source: the lead article of its outlet and its wire copies. */
  sourceOf: z.record(z.string(), z.string()),
});
export type Corroboration = z.output<typeof CorroborationSchema>;
