/**
 * Ask benchmark: `npm run bench:ask [-- ARTICLES]` (default 10,000). p50/p99 of `ask` on the seed store (real
 * extractor) with the seed question set, and on a generated store of ARTICLES articles (ArticleFacts generated
 * directly with a seeded generator, stored through the real ingest splitter, topic matcher and FactStore) with
 * generated questions of every kind, answerable and not. Targets: p99 < 30 ms (seeds), < 100 ms (10k). Also prints
 * the time the first question takes to read the WordNet lexicon (target < 300 ms).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG_PATH, loadFileConfig } from "../config/load.ts";
import { createDefaultIngester } from "../src/ingest/default-ingester.ts";
import { loadSeedArticles } from "../src/ingest/seeds.ts";
import { createTopicMatcher } from "../src/ingest/topic-matcher.ts";
import { lexiconLoadMs } from "../src/lexicon/wordnet.ts";
import { ask } from "../src/query/ask/ask.ts";
import { createAskCaches } from "../src/query/ask/ask-caches.ts";
import type { FactStore } from "../src/store/fact-store.ts";
import { createSqliteStore } from "../src/store/sqlite-store.ts";
import { percentile } from "./lib/percentile.ts";
import { createArticleGenerator, FIRST_NAMES, LAST_NAMES, OUTLETS, storeGenerated } from "./lib/synthetic-articles.ts";

const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = 300;
const topics = loadFileConfig(DEFAULT_CONFIG_PATH).topics;

const FIRST = FIRST_NAMES.slice(0, 20);
const LAST = LAST_NAMES.slice(0, 25);
const WORDS = (
  "government minister talks meeting agreement sanctions economy trade border security officials week month leaders summit ceasefire " +
  "corridor grain exports negotiations dialogue peace war invasion military energy prices inflation election parliament proposal deal " +
  "refugees aid ports shipping wheat markets pipeline gas oil nuclear plant inspectors treaty alliance partners neutrality mediation"
).split(" ");
const PEOPLE = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
const { pick, day, article: generate } = createArticleGenerator(7, { people: PEOPLE, outlets: OUTLETS.slice(0, 10), words: WORDS });

function measure(store: FactStore, questions: readonly string[]): { p50: number; p99: number; answered: number } {
  // why: one asker's caches per store, as createAsker keeps them (spellings and genders between questions)
  const caches = createAskCaches(store);
  for (const question of questions.slice(0, 20)) ask(store, question, undefined, caches);
  const times: number[] = [];
  let answered = 0;
  for (let i = 0; i < RUNS; i++) {
    const question = questions[i % questions.length] ?? "";
    const t0 = performance.now();
    if (ask(store, question, undefined, caches).answered) answered += 1;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), answered };
}

const print = (label: string, result: ReturnType<typeof measure>, target: number) =>
  console.log(
    `  ${label.padEnd(34)} p50 ${result.p50.toFixed(2)} ms   p99 ${result.p99.toFixed(2)} ms   (target p99 < ${target} ms; ${result.answered}/${RUNS} answered)`,
  );

console.log(`Briefbot ask benchmark (${RUNS} asks per store, after 20 warm-up)`);
const seedStore = createSqliteStore({ path: ":memory:" });
const ingester = createDefaultIngester(seedStore, topics);
for (const { meta, body } of loadSeedArticles(join(import.meta.dirname, "..", "seeds"))) {
  await ingester.ingest({ title: meta.title, source: meta.source, url: meta.url, published: meta.published, text: body });
}
const seedQuestions = (
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "test", "fixtures", "ask", "seed-questions.json"), "utf8")) as {
    questions: { question: string }[];
  }
).questions.map((q) => q.question);
const first = performance.now();
ask(seedStore, seedQuestions[0] ?? "Who said it?");
console.log(
  `  first question ${(performance.now() - first).toFixed(1)} ms, of which WordNet load ${lexiconLoadMs().toFixed(1)} ms (target < 300 ms, loaded on first question only)`,
);
print("seed store, seed questions", measure(seedStore, seedQuestions), 30);
seedStore.close();

const dir = mkdtempSync(join(tmpdir(), "brief-bench-ask-"));
const store = createSqliteStore({ path: join(dir, "brief.db") });
const matcher = createTopicMatcher(topics);
const quoteWords: string[] = [];
for (let n = 0; n < COUNT; n++) {
  const made = generate(n);
  const lead = made.facts.quotes[0];
  if (n % 50 === 0 && lead) quoteWords.push(lead.text.split(" ").slice(2, 6).join(" "));
  storeGenerated(store, matcher, made);
}
const generated = Array.from({ length: 200 }, (_, i) => {
  const person = pick(PEOPLE);
  const surname = person.split(" ")[1] ?? person;
  switch (i % 8) {
    case 0:
      return `Who is ${person}?`;
    case 1:
      return `What did ${surname} say about ${pick(WORDS)} ${pick(WORDS)}?`;
    case 2:
      return `Who said '${pick(quoteWords) ?? "peace talks"}'?`;
    case 3:
      return `What happened on ${day()}?`;
    case 4:
      return `When did the ${pick(WORDS)} ${pick(WORDS)} start?`;
    case 5:
      return `What did ${person} say in ${day().slice(0, 7)}?`;
    case 6:
      return `Which ${pick(WORDS)} did the ${pick(WORDS)} ${pick(WORDS)} discuss?`;
    default:
      return `What did Zorro Quixano say about ${pick(WORDS)}?`;
  }
});
print(`${COUNT.toLocaleString("en")}-article store, mixed questions`, measure(store, generated), 100);
store.close();
if (process.env.BENCH_KEEP) console.log(`  kept ${join(dir, "brief.db")}`);
else rmSync(dir, { recursive: true, force: true });
