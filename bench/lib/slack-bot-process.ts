/**
 * The Slack bot on its own, for bench/slack.ts: the real adapter (Bolt over HTTP) and the bench dispatcher,
 * talking to the fake Slack at `--api-url URL`. Prints `{"url": …}` once listening; stops when stdin closes.
 * why: Slack's servers are another machine; a client and fake in the bot's own process share its event loop and
 * inflate its latencies under bursts.
 */
import { PassThrough, Writable } from "node:stream";
import { createSlackAdapter } from "../../src/adapters/slack/app.ts";
import { createAnswerPool } from "../../src/dispatch/answer-pool.ts";
import type { Dispatcher } from "../../src/dispatch/dispatcher.ts";
import { createLogger } from "../../src/log/logger.ts";
import { createMetrics } from "../../src/ops/metrics.ts";
import { renderSlack } from "../../src/render/slack/render-slack.ts";
import { createMemoryThreadRegistry } from "../../src/threads/memory-thread-registry.ts";
import { SIGNING_SECRET } from "../../test/support/fake-slack-requests.ts";
import { benchDispatcher } from "./bench-dispatcher.ts";

const ops = process.argv.includes("--ops");
// why: `brief serve` answers Slack from worker threads (src/dispatch/answer-pool.ts); `--no-pool` answers on the bot's own loop, to compare
const pooled = !process.argv.includes("--no-pool");
const args = process.argv.slice(2).filter((arg) => arg !== "--ops" && arg !== "--no-pool");
const apiAt = args.indexOf("--api-url");
const apiUrl = apiAt >= 0 ? args[apiAt + 1] : undefined;
const paceAt = args.indexOf("--pace-ms");
if (!apiUrl) throw new Error("usage: slack-bot-process.ts --api-url URL [--pace-ms N] [--store PATH]");
const { store, topics, dispatcher } = await benchDispatcher(
  args.filter((_, i) => i !== apiAt && i !== apiAt + 1 && i !== paceAt && i !== paceAt + 1),
  { seedsOnDisk: pooled },
);
// why: `--ops` turns on what production runs with: info-level JSON logs (serialised, then discarded) and metrics per command.
const metrics = ops ? createMetrics() : undefined;
const measured: Dispatcher = metrics
  ? {
      async handle(text, request) {
        const started = performance.now();
        const doc = await dispatcher.handle(text, request);
        metrics.command({
          platform: "slack",
          command: "bench",
          outcome: doc.outcome ?? "answered",
          seconds: (performance.now() - started) / 1000,
        });
        return doc;
      },
    }
  : dispatcher;
const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
const log = ops ? createLogger({ level: "info", out: discard, format: "json" }) : createLogger({ level: "silent", out: new PassThrough() });
const pool = pooled
  ? createAnswerPool({
      storePath: store.path,
      topics,
      askInWorkers: true,
      main: measured,
      log,
      renderSlack: { secrets: [] },
      ...(metrics ? { observe: metrics.command } : {}),
    })
  : undefined;
await pool?.whenReady();
const adapter = createSlackAdapter({
  botToken: "xoxb-fake-token",
  signingSecret: SIGNING_SECRET,
  apiUrl,
  port: 0,
  host: "127.0.0.1",
  dispatcher: pool ?? measured,
  threads: createMemoryThreadRegistry(),
  render: (doc) => pool?.slackMessages(doc) ?? renderSlack(doc),
  log,
  retryConfig: { retries: 0 },
  paceMs: paceAt >= 0 ? Number(args[paceAt + 1]) : 1000,
});
const started = await adapter.start();
process.stdout.write(`${JSON.stringify({ url: started.url })}\n`);
process.stdin.resume();
process.stdin.on("end", async () => {
  await adapter.stop().catch(() => undefined);
  await pool?.stop();
  store.close();
  process.exit(0);
});
