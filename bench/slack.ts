/**
 * N signed `/brief` slash commands over HTTP against the fake Slack on 127.0.0.1, through the real Bolt app.
 * Prints ack latency (request → HTTP 200) and time to answer (request → chat.postMessage reaching the fake),
 * p50/p99, sequentially and with requests in flight concurrently. Each command comes from its own channel,
 * since answers are paced per channel (about 1 message a second) by design. The answers come from the real
 * dispatcher, commands, query engine and Slack renderer over the seed store, or `--store PATH`.
 * By default the bot runs in a process of its own (as against real Slack); `--in-process` puts the client,
 * the fake Slack and the bot on one event loop, which overstates the bot's latency under bursts.
 *   npm run bench:slack [-- N [concurrency] [--burst N] [--store path/to/brief.db] [--in-process] [--ops] [--no-pool]]
 * `--burst N`: N commands sent at once, batch after batch (the same as concurrency N).
 * `--no-pool`: the bot answers on its own event loop instead of from worker threads (src/dispatch/answer-pool.ts), as
 * it did before; `--in-process` always does.
 * `--ops`: the bot logs at info level as JSON and counts metrics per command, as `brief serve` does in production.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createFakeSlack } from "../test/support/fake-slack.ts";
import { startSlackHarness } from "../test/support/fake-slack-harness.ts";
import { postSigned, slashCommand } from "../test/support/fake-slack-requests.ts";
import { benchDispatcher } from "./lib/bench-dispatcher.ts";
import { percentile } from "./lib/percentile.ts";

const argv = process.argv.slice(2);
const inProcess = argv.includes("--in-process");
const withOps = argv.includes("--ops");
const noPool = argv.includes("--no-pool");
const burstAt = argv.indexOf("--burst");
const burst = burstAt >= 0 ? Number(argv[burstAt + 1]) : undefined;
const { store, topics, dispatcher, positional, storeLabel } = await benchDispatcher(
  argv.filter((arg, i) => !["--in-process", "--ops", "--no-pool"].includes(arg) && (burstAt < 0 || (i !== burstAt && i !== burstAt + 1))),
);
const N = Number(positional[0] ?? 300);
const CONCURRENCY = burst ?? Number(positional[1] ?? 20);
if (!Number.isInteger(N) || N < 1 || !Number.isInteger(CONCURRENCY) || CONCURRENCY < 1)
  throw new Error("usage: bench/slack.ts [N [CONCURRENCY]] [--burst N] [--store PATH] [--in-process] [--ops] [--no-pool]");

const harness = inProcess ? await startSlackHarness({ mode: "http", paceMs: 1000, dispatcher }) : await botInItsOwnProcess();
const waiting = new Map<string, (at: number) => void>();
harness.fake.onRequest((request) => {
  if (request.method === "chat.postMessage") waiting.get(String(request.body.channel))?.(request.at);
});

let sent = 0;
async function one(): Promise<{ ack: number; answer: number }> {
  const channel = `CBENCH${++sent}`;
  const answered = new Promise<number>((resolve) => waiting.set(channel, resolve));
  const body = new URLSearchParams(
    slashCommand({ text: topics[sent % topics.length]?.slug ?? "help", channel, responseUrl: harness.fake.responseUrl() }),
  ).toString();
  const start = performance.now();
  const response = await postSigned(harness.url, body, "form");
  const ack = performance.now() - start;
  if (response.status !== 200) throw new Error(`slash command answered ${response.status}`);
  const answer = (await answered) - start;
  waiting.delete(channel);
  return { ack, answer };
}

function report(label: string, samples: Array<{ ack: number; answer: number }>): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const acks = samples.map((s) => s.ack);
  const answers = samples.map((s) => s.answer);
  console.log(
    `${label.padEnd(24)} n=${samples.length}  ack p50 ${ms(percentile(acks, 50))} p99 ${ms(percentile(acks, 99))}` +
      `  answer p50 ${ms(percentile(answers, 50))} p99 ${ms(percentile(answers, 99))}`,
  );
}

try {
  for (let i = 0; i < 100; i++) await one(); // warm-up: JIT, lazily loaded modules, sockets
  const sequential: Array<{ ack: number; answer: number }> = [];
  for (let i = 0; i < N; i++) sequential.push(await one());
  const concurrent: Array<{ ack: number; answer: number }> = [];
  for (let i = 0; i < N; i += CONCURRENCY)
    concurrent.push(...(await Promise.all(Array.from({ length: Math.min(CONCURRENCY, N - i) }, one))));
  console.log(
    `Slack adapter over HTTP (real Bolt app, dispatcher, commands, query engine, Slack renderer; fake Slack on 127.0.0.1; ${inProcess ? "bot, fake and client in one process" : `bot in its own process, answers ${noPool ? "on its event loop (--no-pool)" : "from worker threads"}`})`,
  );
  console.log(`store: ${storeLabel} ${JSON.stringify(store.counts())}`);
  report("sequential", sequential);
  report(`${CONCURRENCY} in flight`, concurrent);
  console.log("target: ack p99 < 50 ms, answer p99 < 250 ms");
} finally {
  await harness.close();
  store.close();
}

/** The fake Slack here, the bot (bench/lib/slack-bot-process.ts) in a child process answering from the same store. */
async function botInItsOwnProcess(): Promise<{ fake: Awaited<ReturnType<typeof createFakeSlack>>; url: string; close(): Promise<void> }> {
  const fake = await createFakeSlack();
  const script = fileURLToPath(new URL("./lib/slack-bot-process.ts", import.meta.url));
  const runner = fileURLToPath(new URL("../bin/run-ts.js", import.meta.url));
  const storeArgs = argv.includes("--store") ? ["--store", argv[argv.indexOf("--store") + 1] ?? ""] : [];
  const flags = [...(withOps ? ["--ops"] : []), ...(noPool ? ["--no-pool"] : [])];
  const child = spawn(process.execPath, [runner, script, "--api-url", fake.apiUrl, ...storeArgs, ...flags], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the bot process exited with ${code}`)));
  });
  const { url } = JSON.parse(first) as { url: string };
  return {
    fake,
    url,
    async close() {
      child.stdin.end();
      await new Promise((resolve) => child.once("exit", resolve));
      await fake.close();
    },
  };
}
