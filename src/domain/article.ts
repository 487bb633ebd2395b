import { z } from "zod";
import { IsoDaySchema } from "./dates.ts";

/** What an article file's YAML front matter may hold. Unknown keys are refused so typos surface. */
export const ArticleFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1, "expected a non-empty title"),
  source: z.string().trim().min(1, "expected the outlet's name, e.g. Reuters"),
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
  published: IsoDaySchema,
  published_note: z.string().optional(),
});
export type ArticleFrontMatter = z.output<typeof ArticleFrontMatterSchema>;

/** An article as the extractor receives it: metadata plus the raw body text. */
export const ArticleInputSchema = z.object({
  title: z.string(),
  source: z.string(),
  url: z.string(),
  published: IsoDaySchema,
  text: z.string(),
});
export type ArticleInput = z.output<typeof ArticleInputSchema>;

/** The article as stored and cited. `id` is stable: derived from the URL, or the content when there is none. */
export const ArticleRefSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  source: z.string(),
  url: z.string(),
  published: IsoDaySchema,
});
