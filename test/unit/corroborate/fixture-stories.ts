import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { CorroborationInput } from "../../../src/corroborate/types.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { readArticleFile } from "../../../src/ingest/seeds.ts";

export const STORIES_DIR = join(import.meta.dirname, "../../fixtures/stories");

const KindSchema = z.enum(["quote", "event", "role"]);
const GoldStorySchema = z.strictObject({
  name: z.string(),
  articles: z.array(z.string()).min(2),
  wireCopies: z.array(z.tuple([z.string(), z.string()])),
  merges: z.array(
    z.strictObject({
      kind: KindSchema,
      about: z.string().optional(),
      text: z.string(),
      date: z.string().optional(),
      articles: z.number().int(),
      sources: z.number().int(),
    }),
  ),
  apart: z.array(z.strictObject({ kind: KindSchema, text: z.string() })),
  conflicts: z.array(z.strictObject({ kind: z.enum(["date", "speaker", "figure", "role"]), values: z.tuple([z.string(), z.string()]) })),
});
export type GoldStory = z.output<typeof GoldStorySchema>;

export const GOLD_STORIES: GoldStory[] = z
  .strictObject({ about: z.string(), stories: z.array(GoldStorySchema) })
  .parse(JSON.parse(readFileSync(join(STORIES_DIR, "stories.gold.json"), "utf8"))).stories;

/** The real extractor's reading of one fixture story article, with its body (as the store would hand it over). */
export function storyArticle(file: string): CorroborationInput {
  const article = readArticleFile(join(STORIES_DIR, file));
  return { facts: extractArticle({ ...article.meta, text: article.body }), text: article.body };
}
