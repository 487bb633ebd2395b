import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type ArticleScore, GoldFileSchema, rate, scoreArticle, totals } from "../../../bench/lib/gold-score.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { readArticleFile } from "../../../src/ingest/seeds.ts";

// Scoring rules (see bench/lib/gold-score.ts): quotes match when normalised texts are equal or one contains
// the other with length ratio ≥ 0.8; a speaker is right when the surname matches (unnamed: the head noun of
// the description); events match on evidence, date and precision.
const root = join(import.meta.dirname, "../../..");
const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(root, "test/gold/seeds.gold.json"), "utf8")));

describe("extraction scored against the seeds' gold annotation", () => {
  let scores: ArticleScore[] = [];
  let overall: ReturnType<typeof totals>;
  beforeAll(() => {
    scores = gold.articles.map((article) => {
      const file = readArticleFile(join(root, "seeds", article.file.replace(/\.txt$/, ".md")));
      return scoreArticle(article, extractArticle({ ...file.meta, text: file.body }));
    });
    overall = totals(scores);
  });

  it.each([
    ["direct and partial quote recall", "directRecall", 0.95],
    ["right speaker for matched direct and partial quotes", "directSpeaker", 0.95],
    ["indirect quote recall", "indirectRecall", 0.8],
    ["non-optional event recall with the right date and precision", "eventRecall", 0.9],
    ["quote precision", "quotePrecision", 0.9],
    ["event precision", "eventPrecision", 0.9],
  ] as const)("reaches the bar for %s", (_label, metric, bar) => {
    const misses = scores.flatMap((s) => s.misses);
    expect(rate(overall[metric]), misses.join("\n")).toBeGreaterThanOrEqual(bar);
  });
});
