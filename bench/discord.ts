/**
 * N `/brief` interactions over the fake Discord gateway on 127.0.0.1, through the real discord.js client and
 * the Discord adapter with the real Discord renderer. Prints, p50/p99, from INTERACTION_CREATE leaving the
 * fake gateway to: the first response (the deferral callback reaching the fake REST API) and the final answer
 * (the edited reply reaching it); the same for autocomplete (its one callback). Sequential, then concurrent.
 *   npm run bench:discord [-- N [concurrency]]
 */
import { DEFAULT_CONFIG_PATH, loadFileConfig } from "../config/load.ts";
import { createTopicAutocomplete } from "../src/discord-commands/autocomplete.ts";
import { renderDiscord } from "../src/render/discord/render-discord.ts";
import type { Document } from "../src/render/document.ts";
import { startDiscordHarness } from "../test/support/fake-discord-harness.ts";

const N = Number(process.argv[2] ?? 300);
const CONCURRENCY = Number(process.argv[3] ?? 20);
const topics = loadFileConfig(DEFAULT_CONFIG_PATH).topics;

/** A briefing-sized answer (summary bullets, people, quotes, timeline, sources), as the topic command returns. */
const briefing: Document = {
  summary: "A topic briefing",
  blocks: [
    { type: "heading", text: "A topic briefing" },
    { type: "context", text: "2 articles, Mar–Nov 2022" },
    { type: "bullets", items: Array.from({ length: 5 }, (_, i) => ({ text: `Summary point ${i + 1}, `.repeat(8), cites: [1, 2] })) },
    { type: "heading", text: "People", level: 2 },
    { type: "people", people: Array.from({ length: 6 }, (_, i) => ({ name: `Person ${i + 1}`, role: "adviser to the government" })) },
    { type: "heading", text: "Quotes", level: 2 },
    ...Array.from({ length: 4 }, (_, i) => ({
      type: "quote" as const,
      text: `Quoted words number ${i + 1}, `.repeat(10),
      attribution: `Person ${i + 1}, 27 Mar 2022`,
      cites: [1],
    })),
    { type: "heading", text: "Timeline", level: 2 },
    {
      type: "timeline",
      entries: Array.from({ length: 8 }, (_, i) => ({ date: `${i + 1} Mar 2022`, text: "Something happened", cites: [2] })),
    },
    {
      type: "sources",
      sources: [1, 2].map((n) => ({ n, title: `Article ${n}`, outlet: "Outlet", date: "27 Mar 2022", url: `https://example.org/${n}` })),
    },
    { type: "hint", text: "Reply in this thread to ask a follow-up." },
  ],
};

const harness = await startDiscordHarness({ render: renderDiscord, answer: () => briefing, autocomplete: createTopicAutocomplete(topics) });
const { fake } = harness;
const waiting = new Map<string, { first: (at: number) => void; final: (at: number) => void }>();
fake.onRequest((request) => {
  const id = request.path.match(/itoken-(\d+)/)?.[1];
  const waiter = id ? waiting.get(id) : undefined;
  if (!waiter) return;
  if (request.path.endsWith("/callback")) waiter.first(request.at);
  if (request.path.endsWith("original") && request.status === 200) waiter.final(request.at);
});

type Sample = { first: number; final: number };

async function one(kind: "command" | "autocomplete"): Promise<Sample> {
  let first!: (at: number) => void;
  let final!: (at: number) => void;
  const firstAt = new Promise<number>((resolve) => (first = resolve));
  const finalAt = new Promise<number>((resolve) => (final = resolve));
  const start = performance.now();
  const id = kind === "command" ? fake.command("topic", [{ name: "name", value: "a-topic" }]) : fake.autocomplete("topic", "name", "tur");
  waiting.set(id, { first, final });
  const sample = { first: (await firstAt) - start, final: kind === "command" ? (await finalAt) - start : Number.NaN };
  waiting.delete(id);
  return sample;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function report(label: string, samples: Sample[]): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const firsts = samples.map((s) => s.first);
  const finals = samples.map((s) => s.final);
  const tail = Number.isNaN(finals[0] ?? Number.NaN)
    ? ""
    : `  final answer p50 ${ms(percentile(finals, 50))} p99 ${ms(percentile(finals, 99))}`;
  console.log(
    `${label.padEnd(30)} n=${samples.length}  first response p50 ${ms(percentile(firsts, 50))} p99 ${ms(percentile(firsts, 99))}${tail}`,
  );
}

async function run(kind: "command" | "autocomplete", concurrency: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < N; i += concurrency) {
    samples.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, N - i) }, () => one(kind)))));
  }
  return samples;
}

try {
  await run("command", 1); // warm-up: JIT, lazily loaded modules, sockets
  console.log("Discord adapter (real discord.js client and renderer, fake Discord REST + gateway on 127.0.0.1, stub dispatcher)");
  report("/brief topic, sequential", await run("command", 1));
  report(`/brief topic, ${CONCURRENCY} in flight`, await run("command", CONCURRENCY));
  report("autocomplete, sequential", await run("autocomplete", 1));
  report(`autocomplete, ${CONCURRENCY} in flight`, await run("autocomplete", CONCURRENCY));
  console.log(`violations of Discord's limits: ${fake.violations.length}`);
  console.log("target: first response p99 < 50 ms");
} finally {
  await harness.close();
}
