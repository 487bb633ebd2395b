import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { ArticleFacts } from "../src/domain/facts.ts";
import { extractArticle } from "../src/extract/index.ts";
import { readArticleFile } from "../src/ingest/seeds.ts";
import { corroborationReport, type ReadArticle } from "./lib/corroboration-report.ts";
import { eventJunk } from "./lib/event-checks.ts";
import { type ArticleScore, formatScores, type GoldArticle, GoldFileSchema, scoreArticle, totals } from "./lib/gold-score.ts";
import { JUNK_KINDS, type JunkItem, junkIn } from "./lib/junk.ts";

const USAGE = `usage: measure-devset.ts FOLDER [FOLDER…] [--gold FILE] [--split tune|heldout] [--verbose] [--junk] [--corroboration]

Scores the extractor on the articles of each FOLDER that have gold (NAME.gold.json beside NAME.txt or
NAME.md; or the gold file given with --gold, whose "file" entries may name NAME.txt for a NAME.md) and counts
junk facts on every article it reads, gold or not (.txt: headline, blank line, body; .md: front matter).
  --split tune|heldout  only the articles whose sha1(file name) starts with an even (tune) or odd (heldout)
                        hex digit; heldout prints aggregate numbers only, never an article or an error
  --verbose             list every miss and every junk fact (not allowed with --split heldout)
  --junk                list junk facts (article and fact) without the misses
  --corroboration       also corroborate all the articles read, across folders: facts told by several
                        articles and sources, wire copies, and every conflict with both versions
                        (with --split heldout: the counts only)
Event scores are printed as n/a for a folder whose gold has no events at all (PolNeAR).
examples:
  node bin/run-ts.js bench/measure-devset.ts ../shared/devset
  node bin/run-ts.js bench/measure-devset.ts ../shared/devset-polnear --split tune --verbose
  node bin/run-ts.js bench/measure-devset.ts seeds --gold test/gold/seeds.gold.json
  node bin/run-ts.js bench/measure-devset.ts test/fixtures/articles
  node bin/run-ts.js bench/measure-devset.ts seeds ../shared/devset --corroboration`;

type Options = { folders: string[]; gold?: string; split?: "tune" | "heldout"; verbose: boolean; junk: boolean; corroboration: boolean };

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { folders: [], verbose: false, junk: false, corroboration: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--verbose") options.verbose = true;
    else if (arg === "--junk") options.junk = true;
    else if (arg === "--corroboration") options.corroboration = true;
    else if (arg === "--gold") options.gold = argv[++i];
    else if (arg === "--split") {
      const split = argv[++i];
      if (split !== "tune" && split !== "heldout") fail(`--split takes "tune" or "heldout", not ${JSON.stringify(split ?? "")}`);
      options.split = split;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else options.folders.push(arg);
  }
  if (options.folders.length === 0) fail("give at least one FOLDER");
  if (options.split === "heldout" && (options.verbose || options.junk))
    fail("--split heldout prints aggregate numbers only: drop --verbose and --junk");
  for (const folder of options.folders) if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`${folder} is not a folder`);
  if (options.gold && !existsSync(options.gold)) fail(`gold file ${options.gold} does not exist`);
  return options;
}

function fail(message: string): never {
  console.error(`measure-devset: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** Stable split by file name: sha1's first hex digit even → tune, odd → heldout. */
export function splitOf(file: string): "tune" | "heldout" {
  const digit = Number.parseInt(createHash("sha1").update(basename(file)).digest("hex")[0] ?? "0", 16);
  return digit % 2 === 0 ? "tune" : "heldout";
}

type Article = { file: string; path: string; gold?: GoldArticle };

/** The article file a gold entry names: as written, or the .md of a .txt name (the seeds). */
function resolve(folder: string, file: string): string | null {
  for (const candidate of [file, file.replace(/\.txt$/, ".md")]) if (existsSync(join(folder, candidate))) return join(folder, candidate);
  return null;
}

function articlesOf(folder: string, goldFile: string | undefined): Article[] {
  const golds = readdirSync(folder)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => join(folder, f));
  if (goldFile) golds.push(goldFile);
  const out: Article[] = [];
  const seen = new Set<string>();
  for (const path of golds) {
    const json = JSON.parse(readFileSync(path, "utf8"));
    // why: a gold of another kind (test/fixtures/stories/stories.gold.json: corroboration gold) holds no articles
    if (!Array.isArray(json.articles)) continue;
    for (const gold of GoldFileSchema.parse(json).articles) {
      const file = resolve(folder, gold.file);
      if (!file) continue;
      seen.add(file);
      out.push({ file: gold.file, path: file, gold });
    }
  }
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (!/\.(txt|md)$/.test(name) || /^readme\.md$/i.test(name) || seen.has(path)) continue;
    out.push({ file: name, path });
  }
  return out;
}

function extract(article: Article): { facts: ArticleFacts; text: string } {
  if (article.path.endsWith(".md")) {
    const file = readArticleFile(article.path);
    const meta = {
      ...file.meta,
      published: article.gold?.published ?? file.meta.published,
      source: article.gold?.source ?? file.meta.source,
    };
    return { facts: extractArticle({ ...meta, text: file.body }), text: file.body };
  }
  const raw = readFileSync(article.path, "utf8");
  const split = raw.indexOf("\n\n");
  const title = split > 0 ? raw.slice(0, split).trim() : (article.gold?.title ?? "");
  const text = split > 0 ? raw.slice(split + 2) : raw;
  const facts = extractArticle({
    title: article.gold?.title ?? title,
    source: article.gold?.source ?? "unknown",
    url: "",
    published: article.gold?.published ?? "2000-01-01",
    text,
  });
  return { facts, text };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const heldout = options.split === "heldout";
  const scores: ArticleScore[] = [];
  const junk: JunkItem[] = [];
  let read = 0;
  let repeatsYear = 0;
  let notAClause = 0;
  let withEvents = false;
  const readArticles: ReadArticle[] = [];
  for (const folder of options.folders) {
    for (const article of articlesOf(folder, options.gold)) {
      if (options.split && splitOf(article.file) !== options.split) continue;
      const { facts, text } = extract(article);
      read++;
      if (options.corroboration) readArticles.push({ file: article.file, facts, text });
      const found = junkIn(facts, text);
      const events = eventJunk(facts);
      repeatsYear += events.repeatsYear;
      notAClause += events.notAClause;
      junk.push(...found);
      if (!heldout && (options.verbose || options.junk))
        for (const item of found) console.log(`    ! junk ${item.kind} in ${article.file}: ${item.detail}`);
      if (!article.gold) continue;
      withEvents ||= article.gold.events.length > 0;
      const score = scoreArticle(article.gold, facts);
      scores.push(score);
      if (heldout) continue;
      console.log(formatScores(article.file, totals([score])));
      if (options.verbose) for (const miss of score.misses) console.log(`    - ${miss}`);
    }
  }
  const overall = formatScores(`OVERALL (micro-averaged, ${scores.length} articles with gold)`, totals(scores));
  console.log(withEvents ? overall : overall.replace(/^(\s+event\w*\s+).*$/gm, "$1n/a (this gold has no events)"));
  const counts = JUNK_KINDS.map((kind) => `  ${kind.padEnd(22)} ${junk.filter((j) => j.kind === kind).length}`);
  counts.push(`  ${"eventRepeatsYear".padEnd(22)} ${repeatsYear}`, `  ${"eventNotAClause".padEnd(22)} ${notAClause}`);
  console.log(`JUNK (${read} articles read)\n${counts.join("\n")}`);
  if (options.corroboration) console.log(corroborationReport(readArticles, heldout).join("\n"));
}

main();
