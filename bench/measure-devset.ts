import { existsSync, statSync } from "node:fs";
import { corroborationReport, type ReadArticle } from "./lib/corroboration-report.ts";
import { articlesOf, extract, parseSplit, splitOf } from "./lib/devset-articles.ts";
import { eventJunk } from "./lib/event-checks.ts";
import { type ArticleScore, formatScores, scoreArticle, totals } from "./lib/gold-score.ts";
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
    else if (arg === "--split") options.split = parseSplit(argv[++i], fail);
    else if (arg === "--help" || arg === "-h") {
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
