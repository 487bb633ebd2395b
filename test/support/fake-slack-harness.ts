import { Writable } from "node:stream";
import { createSlackAdapter, type RetryConfig, type SlackAdapter, type SlackAdapterOptions } from "../../src/adapters/slack/app.ts";
import type { SlackRender } from "../../src/adapters/slack/types.ts";
import type { Dispatcher } from "../../src/dispatch/dispatcher.ts";
import { createLogger } from "../../src/log/logger.ts";
import { renderSlack } from "../../src/render/slack/render-slack.ts";
import { createMemoryThreadRegistry } from "../../src/threads/memory-thread-registry.ts";
import type { ThreadRegistry } from "../../src/threads/thread-registry.ts";
import { createFakeSlack, type FakeSlack } from "./fake-slack.ts";
import { createStubDispatcher, type StubDispatcher } from "./fake-slack-dispatcher.ts";
import { SIGNING_SECRET } from "./fake-slack-requests.ts";

export type SlackHarness = {
  fake: FakeSlack;
  dispatcher: StubDispatcher;
  threads: ThreadRegistry;
  /** `http://127.0.0.1:PORT/slack/events` in HTTP mode. */
  url: string;
  logs: string[];
  /** The renderer the adapter uses, to know how many messages an answer takes. */
  render: SlackRender;
  /** The adapter itself, to stop it as main.ts does. */
  adapter: SlackAdapter;
  close(): Promise<void>;
};

export type HarnessOptions = {
  mode: "http" | "socket";
  dispatcher?: Dispatcher;
  render?: SlackRender;
  retryConfig?: RetryConfig;
  paceMs?: number;
  /** Scripts the fake before the adapter starts (e.g. a refused token). */
  beforeStart?: (fake: FakeSlack) => void;
  /** Passed to the adapter: admission bound, stop bound, timers, clock, start-up retry waits. */
  adapter?: Pick<
    SlackAdapterOptions,
    "maxPerChannel" | "drainMs" | "sleep" | "now" | "authRetryDelaysMs" | "otherRequests" | "onConnection"
  >;
};

/** The real adapter (real Bolt app) wired to a fresh fake Slack, a stub dispatcher and an in-memory registry. */
export async function startSlackHarness(options: HarnessOptions): Promise<SlackHarness> {
  const fake = await createFakeSlack();
  options.beforeStart?.(fake);
  const stub = createStubDispatcher();
  const threads = createMemoryThreadRegistry();
  const logs: string[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const render = options.render ?? renderSlack;
  const adapter = createSlackAdapter({
    botToken: "xoxb-fake-token",
    ...(options.mode === "socket" ? { appToken: "xapp-fake-token" } : { signingSecret: SIGNING_SECRET }),
    apiUrl: fake.apiUrl,
    port: 0,
    host: "127.0.0.1",
    dispatcher: options.dispatcher ?? stub,
    threads,
    render,
    log: createLogger({ level: "info", out }),
    // why: with the default policy an injected 500 would be retried for minutes; the 429 test opts in.
    retryConfig: options.retryConfig ?? { retries: 0 },
    // why: pacing is per channel and about 1 s in production; tests keep it short to stay fast.
    paceMs: options.paceMs ?? 20,
    ...options.adapter,
  });
  let started: Awaited<ReturnType<typeof adapter.start>>;
  try {
    started = await adapter.start();
    if (options.mode === "socket") await fake.socket.connected();
  } catch (error) {
    await adapter.stop().catch(() => undefined);
    await fake.close();
    throw error;
  }
  return {
    fake,
    dispatcher: stub,
    threads,
    url: started.url ?? "",
    logs,
    render,
    adapter,
    async close() {
      await adapter.stop().catch(() => undefined);
      await fake.close();
    },
  };
}
