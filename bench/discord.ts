/**
 * N `/brief topic` interactions over the fake Discord gateway on 127.0.0.1, through the real discord.js client,
 * the Discord adapter, the real dispatcher, commands, query engine and Discord renderer. Prints, p50/p99, from
 * INTERACTION_CREATE leaving the fake gateway to the first response (the deferral reaching the fake REST API)
 * and to the final answer (the edited reply reaching it); the same for autocomplete. Sequential, then concurrent.
 *   npm run bench:discord [-- N [concurrency] [--store path/to/brief.db]]
 * Without --store the store is the seed articles (ingested in memory, as on a first start); for a large store,
 * build one with `BENCH_KEEP=1 npm run bench:store` and pass the path it prints.
 */
import { createTopicAutocomplete } from "../src/discord-commands/autocomplete.ts";
import { renderDiscord } from "../src/render/discord/render-discord.ts";
import { startDiscordHarness } from "../test/support/fake-discord-harness.ts";
import { benchDispatcher } from "./lib/bench-dispatcher.ts";
import { percentile } from "./lib/percentile.ts";

const { store, topics, dispatcher, positional, storeLabel } = await benchDispatcher(process.argv.slice(2));
const N = Number(positional[0] ?? 300);
const CONCURRENCY = Number(positional[1] ?? 20);
const harness = await startDiscordHarness({
  render: renderDiscord,
  dispatcher,
  autocomplete: createTopicAutocomplete(dispatcher.commands, topics),
});
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
let sent = 0;

async function one(kind: "command" | "autocomplete"): Promise<Sample> {
  let first!: (at: number) => void;
  let final!: (at: number) => void;
  const firstAt = new Promise<number>((resolve) => (first = resolve));
  const finalAt = new Promise<number>((resolve) => (final = resolve));
  const start = performance.now();
  const slug = topics[sent++ % topics.length]?.slug ?? "none";
  const id =
    kind === "command" ? fake.command("topic", [{ name: "name", value: slug }]) : fake.autocomplete("topic", "name", slug.slice(0, 3));
  waiting.set(id, { first, final });
  const sample = { first: (await firstAt) - start, final: kind === "command" ? (await finalAt) - start : Number.NaN };
  waiting.delete(id);
  return sample;
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
  const counts = store.counts();
  console.log("Discord adapter: real discord.js client, dispatcher, commands, query engine and renderer; fake Discord on 127.0.0.1");
  console.log(`store: ${storeLabel} ${JSON.stringify(counts)}`);
  report("/brief topic, sequential", await run("command", 1));
  report(`/brief topic, ${CONCURRENCY} in flight`, await run("command", CONCURRENCY));
  report("autocomplete, sequential", await run("autocomplete", 1));
  report(`autocomplete, ${CONCURRENCY} in flight`, await run("autocomplete", CONCURRENCY));
  console.log(`violations of Discord's limits: ${fake.violations.length}`);
  console.log("target: first response p99 < 50 ms");
} finally {
  await harness.close();
  store.close();
}
