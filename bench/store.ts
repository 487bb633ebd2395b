/**
 * Store and query benchmark: `npm run bench:store [-- ARTICLES]` (default 10,000).
 * Articles are generated as ArticleFacts directly (a seeded pseudo-random generator, no extractor) with
 * body text, sentences and topic tags produced by the real ingest code (splitter, topic matcher), then
 * stored through the real FactStore. Prints ingest rate, file size vs raw text, cold open, p50/p99 per query.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { DEFAULT_CONFIG_PATH, loadFileConfig } from "../config/load.ts";
import { entityId } from "../src/domain/entity-key.ts";
import type { ArticleFacts } from "../src/domain/facts.ts";
import { splitSentences } from "../src/extract/index.ts";
import { contentHash } from "../src/ingest/content-hash.ts";
import { createTopicMatcher } from "../src/ingest/topic-matcher.ts";
import { createQueryEngine } from "../src/query/create-query-engine.ts";
import { fullQuickCheck } from "../src/store/integrity.ts";
import { createSqliteStore } from "../src/store/sqlite-store.ts";
import { percentile } from "./lib/percentile.ts";

const COUNT = Number(process.argv[2] ?? 10_000);
const topics = loadFileConfig(DEFAULT_CONFIG_PATH).topics;

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const FIRST =
  "Anna Boris Carla Dmitri Elif Farid Greta Hasan Irina Jonas Kemal Lena Mehmet Nadia Oleg Petra Rustam Selin Tomas Ulla Viktor Yusuf Zeynep Amir Bianca Cem Dana Emre Fatma Goran".split(
    " ",
  );
const LAST =
  "Aksoy Baranov Costa Demir Eriksen Fischer Gulen Horvat Ivanova Jensen Kaya Lindqvist Morozov Novak Ozturk Petrov Quinn Rossi Sahin Tanaka Ucar Volkov Weber Yilmaz Zoric Arslan Belov Celik Dogan Egorov Frolov Grigoryan Hakimi Iqbal Jovanovic Kozlov Lebedev Markovic Nikolaev Orlov Popescu Romanov Sokolov Tarasov Usmanov Vasiliev Wojcik Yakovlev Zaitsev Antonov".split(
    " ",
  );
const OUTLETS = "Wire Daily Herald Courier Tribune Gazette Observer Ledger Monitor Dispatch Sentinel Chronicle Post Times Journal".split(
  " ",
);
const WORDS = (
  "government minister talks meeting agreement sanctions economy trade border security officials said week month leaders summit " +
  "ceasefire corridor grain exports negotiations dialogue peace war invasion military energy prices inflation election parliament " +
  "president adviser spokesperson diplomats delegation proposal deal refugees aid humanitarian ports shipping wheat markets " +
  "pipeline gas oil nuclear plant inspectors treaty alliance partners neutrality mediation capital region forces attack drones " +
  "pressure support criticism statement interview conference reporters agency ministry foreign defence budget reform court " +
  "ruling protest opposition coalition vote poll campaign rally crisis recovery investment tourism currency bank rates"
).split(" ");
const KEYWORDS = topics.flatMap((topic) => topic.keywords.map((keyword) => keyword.replace("*", "")));
const PEOPLE = Array.from(
  { length: 1500 },
  (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 1500 ? i : ""}`,
);

function sentence(words: number): string {
  const parts = Array.from({ length: words }, () => (random() < 0.08 ? pick(KEYWORDS) : pick(WORDS)));
  const text = parts.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function day(): string {
  const year = 2018 + Math.floor(random() * 7);
  const month = 1 + Math.floor(random() * 12);
  const d = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function generate(n: number): { facts: ArticleFacts; text: string } {
  const published = day();
  const cast = Array.from({ length: 4 }, () => pick(PEOPLE));
  const lines: string[] = [];
  const quotes: ArticleFacts["quotes"] = [];
  const events: ArticleFacts["events"] = [];
  let offset = 0;
  const add = (line: string) => {
    const start = offset;
    lines.push(line);
    offset += line.length + 2;
    return start;
  };
  for (let i = 0; i < 18; i++) {
    if (i % 5 === 1) {
      const speaker = pick(cast);
      const words = sentence(10 + Math.floor(random() * 10)).slice(0, -1);
      const line = `"${words}," ${speaker} said on ${published}.`;
      const start = add(line);
      quotes.push({
        text: words,
        kind: random() < 0.7 ? "direct" : "indirect",
        speaker: { name: speaker, entityId: entityId("person", speaker), role: random() < 0.3 ? "minister" : undefined },
        via: null,
        saidOn: { date: published, precision: "day", basis: "explicit" },
        sentence: line,
        start: start + 1,
        end: start + 1 + words.length,
      });
    } else if (i % 6 === 3) {
      const date = random() < 0.3 ? day().slice(0, 7) : day();
      const line = `On ${date} ${sentence(12).toLowerCase()}`;
      const start = add(line);
      events.push({
        date,
        precision: date.length === 7 ? "month" : "day",
        basis: "explicit",
        summary: line.slice(0, 80),
        actors: [pick(cast)],
        sentence: line,
        start,
        end: start + line.length,
      });
    } else add(sentence(14 + Math.floor(random() * 14)));
  }
  const text = lines.join("\n\n");
  const entities = [...new Set(cast)].map((name) => ({
    id: entityId("person", name),
    name,
    type: "person" as const,
    aliases: [name.split(" ")[1] ?? name],
    roles: [{ text: pick(["minister", "adviser", "spokesperson", "analyst"]), sentence: lines[0] ?? "" }],
  }));
  const id = `gen-${n}`;
  return {
    facts: {
      article: { id, title: sentence(8), source: pick(OUTLETS), url: `https://news.example/${id}`, published },
      quotes,
      events,
      entities,
      warnings: [],
    },
    text,
  };
}

function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

// BENCH_KEEP=1 keeps the database for inspection and prints its path.
const dir = mkdtempSync(join(tmpdir(), "brief-bench-"));
const path = join(dir, "brief.db");
const matcher = createTopicMatcher(topics);
let store = createSqliteStore({ path });
let rawBytes = 0;
let generateMs = 0;
const started = performance.now();
for (let n = 0; n < COUNT; n++) {
  const t0 = performance.now();
  const { facts, text } = generate(n);
  generateMs += performance.now() - t0;
  rawBytes += Buffer.byteLength(text) + Buffer.byteLength(facts.article.title);
  const sentences = splitSentences(text);
  const tags = matcher.tag(
    facts.article.title,
    sentences.map((s) => s.text),
  );
  const hash = contentHash({ ...facts.article, text });
  store.putArticle({ facts, contentHash: hash, text, sentences, topics: tags });
}
const ingestSeconds = (performance.now() - started - generateMs) / 1000;
const counts = store.counts();
store.close();
const fileBytes = dirSize(dir);

const openStart = performance.now();
store = createSqliteStore({ path });
const openMs = performance.now() - openStart;
// the integrity check serve and ingest run at start (store.checkIntegrity), and SQLite's whole-file quick_check beside it
const checkStart = performance.now();
store.checkIntegrity();
const checkMs = performance.now() - checkStart;
const fullCheckStart = performance.now();
const checker = new BetterSqlite3(path, { readonly: true });
const fullCheck = fullQuickCheck(checker);
const fullCheckMs = performance.now() - fullCheckStart;
checker.close();
const engine = createQueryEngine(store, topics);

const quoteTexts = store.searchQuotes({ terms: ["agreement"], mode: "any" }, 200).map((row) => row.text);
const queries: Record<string, () => void> = {
  "topicBrief(slug)": () => engine.topicBrief(pick(topics).slug),
  "whoSaid(full name)": () => engine.whoSaid(pick(PEOPLE)),
  "whoSaid(surname)": () => engine.whoSaid(pick(LAST)),
  "whoSaid(typo)": () => engine.whoSaid(`${pick(PEOPLE)}x`),
  'whoSaid("phrase")': () => engine.whoSaid(`"${(pick(quoteTexts) ?? "peace talks").split(" ").slice(2, 6).join(" ")}"`),
  "onDate(day)": () => engine.onDate(day()),
  "onDate(month)": () => engine.onDate(day().slice(0, 7)),
  "onDate(year)": () => engine.onDate(day().slice(0, 4)),
  "onDate(range)": () => engine.onDate(`${day().slice(0, 7)}-01..${day().slice(0, 7)}-10`),
  "entity(name)": () => engine.entity(pick(PEOPLE)),
  "search(text)": () => engine.search(`${pick(WORDS)} ${pick(WORDS)}`),
  "topics()": () => engine.topics(),
  "sources()": () => engine.sources(),
};

console.log(
  `Briefbot store benchmark: ${COUNT} generated articles (ArticleFacts generated directly; splitter, topic matcher and store are the real code)`,
);
console.log(`  stored: ${JSON.stringify(counts)}`);
console.log(`  ingest: ${(COUNT / ingestSeconds).toFixed(0)} articles/s (${ingestSeconds.toFixed(1)} s, one transaction per article)`);
console.log(
  `  size:   database ${(fileBytes / 1e6).toFixed(1)} MB vs raw text ${(rawBytes / 1e6).toFixed(1)} MB = ${(fileBytes / rawBytes).toFixed(2)}× (target < 2×)`,
);
console.log(
  `  open:   ${openMs.toFixed(1)} ms (existing file: header check, read-only schema and definitions check, WAL, migrations; target < 500 ms)`,
);
console.log(
  `  check:  ${checkMs.toFixed(0)} ms integrity check at serve start and before an ingest (quick_check per table); whole-file quick_check ${fullCheckMs.toFixed(0)} ms (${fullCheck ?? "ok"})`,
);
console.log("  queries (200 runs each, after 20 warm-up):");
for (const [name, run] of Object.entries(queries)) {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p99 = percentile(times, 99);
  console.log(
    `    ${name.padEnd(20)} p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms   p99 ${p99.toFixed(2).padStart(6)} ms${p99 < 20 ? "" : "   OVER 20 ms"}`,
  );
}
store.close();
if (process.env.BENCH_KEEP) console.log(`  kept: ${path}`);
else rmSync(dir, { recursive: true, force: true });
