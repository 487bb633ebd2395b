import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../src/extract/index.ts";
import { type ArticleScore, formatScores, GoldFileSchema, scoreArticle, totals } from "./lib/gold-score.ts";

// Scores the extractor on a folder of NAME.txt (headline, blank line, body) + NAME.gold.json files.
// usage: node bin/run-ts.js bench/measure-devset.ts FOLDER [--verbose]
const folder = process.argv[2];
if (!folder) {
  console.error("usage: measure-devset.ts FOLDER [--verbose]");
  process.exit(2);
}
const verbose = process.argv.includes("--verbose");
const scores: ArticleScore[] = [];
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()) {
  const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(folder, file), "utf8")));
  for (const article of gold.articles) {
    const raw = readFileSync(join(folder, article.file), "utf8");
    const split = raw.indexOf("\n\n");
    const title = split > 0 ? raw.slice(0, split).trim() : (article.title ?? "");
    const text = split > 0 ? raw.slice(split + 2) : raw;
    const facts = extractArticle({
      title: article.title ?? title,
      source: article.source ?? "unknown",
      url: "",
      published: article.published,
      text,
    });
    const score = scoreArticle(article, facts);
    scores.push(score);
    console.log(formatScores(article.file, totals([score])));
    if (verbose) for (const miss of score.misses) console.log(`    - ${miss}`);
  }
}
console.log(formatScores("OVERALL (micro-averaged)", totals(scores)));
