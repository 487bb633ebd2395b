import { existsSync, statSync } from "node:fs";
import { articlesOf, extract, nameHash, parseSplit, splitOf } from "./lib/devset-articles.ts";

const USAGE = `usage: print-events.ts FOLDER [--split tune|heldout] [--skip N] [--take N] [FILE…]

Prints the dated events the extractor finds in articles of FOLDER, for judging them by hand: per article its
file, publication day and title, then per event its date (EDTF for a range or a season), precision, summary
and sentence. Articles are taken in sha1(file name) order, a stable order nobody chose; --split keeps one half
(as bench/measure-devset.ts splits it), --skip and --take pick a slice of that order; FILE names pick articles
by name instead. Nothing is written: the article text stays in FOLDER.
examples:
  node bin/run-ts.js bench/print-events.ts ../shared/devset-polnear --split tune --skip 12 --take 12
  node bin/run-ts.js bench/print-events.ts ../shared/devset some-article.txt`;

type Options = { folder: string; files: string[]; split?: "tune" | "heldout"; skip: number; take: number };

function fail(message: string): never {
  console.error(`print-events: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function count(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`${flag} takes a whole number, not ${JSON.stringify(value ?? "")}`);
  return n;
}

function parseArgs(argv: readonly string[]): Options {
  const positional: string[] = [];
  const options: Omit<Options, "folder" | "files"> = { skip: 0, take: Number.POSITIVE_INFINITY };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--skip") options.skip = count(arg, argv[++i]);
    else if (arg === "--take") options.take = count(arg, argv[++i]);
    else if (arg === "--split") options.split = parseSplit(argv[++i], fail);
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [folder, ...files] = positional;
  if (!folder) fail("give a FOLDER");
  if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`${folder} is not a folder`);
  return { folder, files, ...options };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const all = articlesOf(options.folder, undefined);
  const named = new Set(options.files);
  const missing = options.files.filter((file) => !all.some((a) => a.file === file));
  if (missing.length > 0) fail(`not in ${options.folder}: ${missing.join(", ")}`);
  const chosen = all
    .filter((a) => (named.size > 0 ? named.has(a.file) : !options.split || splitOf(a.file) === options.split))
    .sort((a, b) => nameHash(a.file).localeCompare(nameHash(b.file)))
    .slice(options.skip, options.skip + options.take);
  let total = 0;
  for (const article of chosen) {
    const { facts } = extract(article);
    console.log(`\n=== ${article.file}  published ${facts.article.published}  ${facts.events.length} events\n    ${facts.article.title}`);
    for (const [index, event] of facts.events.entries()) {
      const date = event.edtf ?? event.date;
      console.log(`  [${total + index + 1}] ${date} (${event.precision}, ${event.basis})  ${event.summary}`);
      console.log(`        | ${event.sentence.replace(/\s+/g, " ")}`);
    }
    total += facts.events.length;
  }
  console.log(`\n${chosen.length} articles, ${total} events`);
}

main();
