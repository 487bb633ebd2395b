/**
 * Scores `ask` on a question file, the way ../shared/devset/README.md says: ingest the questions' articles into
 * an empty store (real extractor, real SQLite store), ask each question in file order (one thread per `thread`
 * value), then count an answerable question correct when it is answered and contains any `expect_any` string
 * (case-, accent- and quote-insensitive), an unanswerable one correct only when refused (answering it = fabricated).
 *
 * usage: node bin/run-ts.js bench/measure-ask.ts QUESTIONS.json [--devset DIR] [--polnear DIR] [--per-article]
 *        [--errors] [--explain] [--threshold X] [--json]
 *   --explain adds, for each wrong question, the three best-scored facts with their score and the gate that
 *   stopped them; --classify counts the training misses by class (a refusal whose right fact was retrieved, and
 *   the gate or score that stopped it; a refusal with no right fact retrieved; a wrong answer) — training sets only; --threshold X sweeps the decision threshold (calibration on the training half only).
 *   corpus seeds → <repo>/seeds/NAME.md, fixtures → <repo>/test/fixtures/articles/NAME.md,
 *   devset → <devset>/NAME.txt, polnear → <polnear>/NAME.txt (published/source/title from NAME.gold.json).
 *   A question without `corpus` is "devset". Default: ONE store holding every article of the set (the harder,
 *   truer test: other articles' facts compete); --per-article gives each article its own store.
 *   The seed question file (test/fixtures/ask/seed-questions.json, `{questions:[{answered, mustContainAny}]}`)
 *   is read too: its articles are all the seeds, each `thread` list is asked first in a thread of its own.
 * Never prints article text except the answers and expected strings of wrong questions with --errors.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";
import { DEFAULT_CONFIG_PATH, loadFileConfig } from "../config/load.ts";
import type { ArticleInput } from "../src/domain/article.ts";
import { createDefaultIngester } from "../src/ingest/default-ingester.ts";
import { loadSeedArticles, readArticleFile } from "../src/ingest/seeds.ts";
import { askWork } from "../src/query/ask/ask.ts";
import { createAsker } from "../src/query/ask/asker.ts";
import { calibrate } from "../src/query/ask/judge.ts";
import { contextOf } from "../src/query/ask/thread-memory.ts";
import type { FactStore } from "../src/store/fact-store.ts";
import { createSqliteStore } from "../src/store/sqlite-store.ts";
import { createStoreThreadRegistry } from "../src/threads/store-thread-registry.ts";
import { SeedQuestionSchema } from "../test/fixtures/ask/seed-question-schema.ts";

const REPO = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const file = args.find((arg, index) => !arg.startsWith("--") && !args[index - 1]?.match(/^--(devset|polnear|threshold)$/));
const sweep = option("--threshold");
if (sweep !== undefined) calibrate(Number(sweep));
if (!file) {
  console.error("usage: measure-ask.ts QUESTIONS.json [--devset DIR] [--polnear DIR] [--per-article] [--errors] [--json]");
  process.exit(2);
}
const folders = {
  devset: option("--devset") ?? join(REPO, "..", "shared", "devset"),
  polnear: option("--polnear") ?? join(REPO, "..", "shared", "devset-polnear"),
};

const ItemSchema = z.object({
  id: z.string(),
  corpus: z.enum(["seeds", "fixtures", "devset", "polnear"]).default("devset"),
  article: z.string(),
  kind: z.string().default("other"),
  thread: z.string().optional(),
  question: z.string(),
  expect_any: z.array(z.string()),
  answerable: z.boolean(),
});
const SeedSchema = z.object({ questions: z.array(SeedQuestionSchema) });

/** One question to ask: `before` are earlier turns asked first in its own thread (seed format). */
type Item = {
  id: string;
  kind: string;
  articles: string[];
  thread: string | null;
  before: string[];
  question: string;
  /** Every group needs one hit (the devset format has one group). */
  expect: string[][];
  answerable: boolean;
};

function readItems(path: string): Item[] {
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  const seeds = SeedSchema.safeParse(raw);
  if (seeds.success) {
    const all = loadSeedArticles(join(REPO, "seeds")).map((article) => `seeds/${article.path.split("/").at(-1)?.replace(/\.md$/, "")}`);
    return seeds.data.questions.map((q) => {
      const groups = q.mustContainAny ?? [];
      const expect = groups.length === 0 ? [] : Array.isArray(groups[0]) ? (groups as string[][]) : [groups as string[]];
      return {
        id: q.id,
        kind: q.kind ?? "other",
        articles: all,
        thread: q.thread ? `seed-${q.id}` : null,
        before: q.thread ?? [],
        question: q.question,
        expect,
        answerable: q.answered,
      };
    });
  }
  const items = z.array(ItemSchema).parse(raw);
  return items.map((q) => ({
    id: q.id,
    kind: q.kind,
    articles: [`${q.corpus}/${q.article}`],
    thread: q.thread ?? null,
    before: [],
    question: q.question,
    expect: [q.expect_any],
    answerable: q.answerable,
  }));
}

const GoldSchema = z.object({
  articles: z.array(z.object({ published: z.string(), source: z.string().nullish(), title: z.string().nullish() })).min(1),
});

function articleInput(key: string): ArticleInput {
  const [corpus = "", name = ""] = key.split("/");
  if (corpus === "seeds" || corpus === "fixtures") {
    const path = corpus === "seeds" ? join(REPO, "seeds", `${name}.md`) : join(REPO, "test", "fixtures", "articles", `${name}.md`);
    const { meta, body } = readArticleFile(path);
    return { title: meta.title, source: meta.source, url: meta.url, published: meta.published, text: body };
  }
  const folder = corpus === "devset" ? folders.devset : folders.polnear;
  const text = join(folder, `${name}.txt`);
  if (!existsSync(text)) throw new Error(`${text} not found: pass --${corpus} DIR`);
  const raw = readFileSync(text, "utf8");
  const gold = GoldSchema.parse(JSON.parse(readFileSync(join(folder, `${name}.gold.json`), "utf8"))).articles[0];
  const split = raw.indexOf("\n\n");
  return {
    title: gold?.title ?? raw.slice(0, split).trim(),
    source: gold?.source ?? "unknown",
    url: `https://measure.invalid/${corpus}/${name}`,
    published: gold?.published ?? "",
    text: split > 0 ? raw.slice(split + 2) : raw,
  };
}

/** Case-, accent- and quote-insensitive: curly and straight quotes and apostrophes are all one mark, or none. */
export function normal(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‘’‚‛′`´'"“”„‟″«»]/g, "")
    .replace(/\s+/g, " ");
}

const topics = loadFileConfig(DEFAULT_CONFIG_PATH).topics;
const items = readItems(file);
const perArticle = flag("--per-article");
const dir = mkdtempSync(join(tmpdir(), "brief-measure-ask-"));
const stores = new Map<string, FactStore>();

async function storeFor(item: Item): Promise<FactStore> {
  const key = perArticle ? item.articles.join("+") : "all";
  const known = stores.get(key);
  if (known) return known;
  const store = createSqliteStore({ path: join(dir, `${stores.size}.db`) });
  const ingester = createDefaultIngester(store, topics);
  const wanted = perArticle ? item.articles : [...new Set(items.flatMap((other) => other.articles))];
  for (const article of wanted) await ingester.ingest(articleInput(article));
  stores.set(key, store);
  return store;
}

type Outcome = {
  item: Item;
  answered: boolean;
  answer: string;
  correct: boolean;
  fabricated: boolean;
  explain: string[];
  /** --classify: the miss class. */
  miss: string | null;
};

/** Why an answerable question was missed: was a fact holding the expected words retrieved, and what stopped it. */
function missClass(item: Item, answered: boolean, judged: ReturnType<typeof askWork>["judged"]): string {
  if (answered) return "answered wrong";
  const right = judged.find((j) =>
    item.expect.every((group) =>
      group.some((option) =>
        normal(`${j.candidate.text} ${j.candidate.citation.sentence} ${j.candidate.who ?? ""}`).includes(normal(option)),
      ),
    ),
  );
  if (!right) return "refused: right fact not retrieved";
  return `refused, right fact retrieved: ${right.gate ?? "score below threshold"}`;
}
const outcomes: Outcome[] = [];
try {
  for (const item of items) {
    const store = await storeFor(item);
    const asker = createAsker({ store, now: () => "2026-01-01T00:00:00.000Z" });
    const key = item.thread ? { platform: "console" as const, channel: "measure", threadId: item.thread } : null;
    for (const turn of item.before) {
      // why: a "/brief …" earlier turn is the thread's parent message, made a thread root the way adapters do.
      if (turn.startsWith("/") && key)
        await createStoreThreadRegistry({ store, topics }).markBotThread(key.platform, key.channel, key.threadId, {
          command: turn,
          summary: turn,
        });
      else await asker.answer(turn, key);
    }
    // why: --explain judges the question in the thread as it stood before this turn, as the asker did.
    const context = contextOf(key ? store.getThread(key) : null);
    const result = await asker.answer(item.question, key);
    const text = normal(result.answer);
    const hit = item.expect.every((group) => group.some((option) => text.includes(normal(option))));
    const correct = item.answerable ? result.answered && hit : !result.answered;
    const miss =
      flag("--classify") && !correct && item.answerable
        ? missClass(item, result.answered, askWork(store, item.question, context).judged)
        : null;
    const explain =
      flag("--explain") && !correct
        ? askWork(store, item.question, context)
            .judged.slice(0, 4)
            .map(
              (j) =>
                `${j.score.toFixed(1)} ${j.gate ?? "pass"} ${j.candidate.type} ${j.candidate.who ?? ""}: ${j.candidate.text.slice(0, 90)}${j.missing.length ? ` [missing: ${j.missing.join(" ")}]` : ""}`,
            )
        : [];
    outcomes.push({
      item,
      answered: result.answered,
      answer: result.answer,
      correct,
      fabricated: !item.answerable && result.answered,
      explain,
      miss,
    });
  }
} finally {
  for (const store of stores.values()) store.close();
  rmSync(dir, { recursive: true, force: true });
}

const kinds = [...new Set(outcomes.map((o) => o.item.kind))].sort();
const line = (label: string, list: readonly Outcome[]) => {
  const right = list.filter((o) => o.correct).length;
  const fabricated = list.filter((o) => o.fabricated).length;
  const refusedAnswerable = list.filter((o) => o.item.answerable && !o.answered).length;
  const wrongAnswer = list.filter((o) => o.item.answerable && o.answered && !o.correct).length;
  return `${label.padEnd(16)} ${String(right).padStart(3)}/${String(list.length).padEnd(3)} correct   fabricated ${fabricated}   refused-answerable ${refusedAnswerable}   answered-wrong ${wrongAnswer}`;
};
if (flag("--json")) {
  const right = outcomes.filter((o) => o.correct).length;
  console.log(JSON.stringify({ total: outcomes.length, correct: right, fabricated: outcomes.filter((o) => o.fabricated).length }));
} else {
  console.log(`ask on ${file} (${perArticle ? "one store per article" : "one store for all articles"})`);
  for (const kind of kinds)
    console.log(
      line(
        kind,
        outcomes.filter((o) => o.item.kind === kind),
      ),
    );
  console.log(line("TOTAL", outcomes));
}
if (flag("--classify")) {
  const counts = new Map<string, number>();
  for (const o of outcomes) if (o.miss) counts.set(o.miss, (counts.get(o.miss) ?? 0) + 1);
  console.log("\nmisses by class:");
  for (const [label, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${label}`);
}
if (flag("--errors")) {
  for (const o of outcomes.filter((entry) => !entry.correct)) {
    console.log(`\n✗ ${o.item.id} [${o.item.kind}] ${o.item.question}`);
    console.log(`  expected: ${o.item.answerable ? JSON.stringify(o.item.expect) : "a refusal"}`);
    console.log(`  got (${o.answered ? "answered" : "refused"}): ${o.answer.slice(0, 400)}`);
    if (o.miss) console.log(`  class: ${o.miss}`);
    for (const line of o.explain) console.log(`    ${line}`);
  }
}
