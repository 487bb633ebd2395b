/**
 * What `ask` returns, and what `brief ask --json` prints. A contract with commands/ask.ts and with
 * whoever scripts against the JSON: add optional fields freely, rename or remove nothing.
 */
import { z } from "zod";
import { FactDateSchema } from "../types.ts";

/** Where a cited fact was read. `published` and `title` are extra to the documented four fields. */
export const AskCitationSchema = z.object({
  articleId: z.string(),
  source: z.string(),
  url: z.string(),
  /** The whole sentence the fact was read from, verbatim. */
  sentence: z.string(),
  published: z.string(),
  title: z.string(),
});
export type AskCitation = z.output<typeof AskCitationSchema>;

export const AskFactTypeSchema = z.enum(["quote", "event", "role", "sentence", "count"]);
export type AskFactType = z.output<typeof AskFactTypeSchema>;

/** One fact the answer rests on (or, for a refusal, one of the nearest facts). */
export const AskFactSchema = z.object({
  /** Store item id ("q12", "e7", "s40"; roles "r:<entity>:<article>"), so threads can remember it. */
  id: z.string(),
  type: AskFactTypeSchema,
  /** The quote (verbatim or reported), the event summary, the role, or the sentence. */
  text: z.string(),
  /** The speaker of a quote, or the entity a role belongs to. */
  who: z.string().nullable(),
  date: FactDateSchema.nullable(),
  /** Index into `citations`. */
  citation: z.number().int().nonnegative(),
});
export type AskFact = z.output<typeof AskFactSchema>;

export const AskResultSchema = z.object({
  answer: z.string(),
  /** False for "the articles don't say" and for questions that could not be read. */
  answered: z.boolean(),
  citations: z.array(AskCitationSchema),
  facts: z.array(AskFactSchema),
  /** Entity ids the question was about (named or resolved from the thread): the thread remembers them. */
  entities: z.array(z.string()),
  /** How the answer was phrased: from the facts, or by the language model (checked against them). */
  composer: z.enum(["extractive", "llm"]),
});
export type AskResult = z.output<typeof AskResultSchema>;

/** A thread turn as ask sees it. */
export type AskTurn = { author: "user" | "bot"; text: string; entities: readonly string[] };

/** What the thread knows: the parent message's topic, facts and people, and the earlier turns, oldest first. */
export type AskContext = {
  topic: string | null;
  factIds: readonly string[];
  entities: readonly string[];
  turns: readonly AskTurn[];
};

export const EMPTY_CONTEXT: AskContext = { topic: null, factIds: [], entities: [], turns: [] };
