import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { DEFAULT_CONFIG_PATH, loadEnv, loadFileConfig } from "../../config/load.ts";
import { createServices } from "../../src/app/services.ts";
import { type AnswerPool, createAnswerPool } from "../../src/dispatch/answer-pool.ts";
import { createDefaultIngester } from "../../src/ingest/default-ingester.ts";
import { seedIfEmpty } from "../../src/ingest/seed-store.ts";
import { createLogger } from "../../src/log/logger.ts";
import { renderSlack } from "../../src/render/slack/render-slack.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { type SlackHarness, startSlackHarness } from "./fake-slack-harness.ts";
import { makeTempDir } from "./temp-dir.ts";

export type PooledSlack = {
  harness: SlackHarness;
  pool: AnswerPool;
  store: FactStore;
  /** What the main thread's dispatcher answers to `text` in `channel`, as Slack messages. */
  expected(text: string, channel: string): Promise<readonly unknown[]>;
  /** Everything the pool logged. */
  poolLogs: string[];
  close(): Promise<void>;
};

/**
 * The real Slack adapter over HTTP against the fake, answering through an answer pool of real worker threads
 * over a real store file filled from seeds/, with the services `brief serve` builds as the main thread's side.
 */
export async function startPooledSlack(options: { entry?: URL; size?: number } = {}): Promise<PooledSlack> {
  const store = createSqliteStore({ path: join(makeTempDir("brief-pool-"), "brief.db") });
  const file = loadFileConfig(DEFAULT_CONFIG_PATH);
  const quiet = createLogger({ level: "silent", out: process.stderr });
  await seedIfEmpty(store, createDefaultIngester(store, file.topics), fileURLToPath(new URL("../../seeds", import.meta.url)), quiet);
  const config = { env: loadEnv({ LOG_LEVEL: "silent" }), file, configPath: DEFAULT_CONFIG_PATH };
  const services = createServices({ config, store, log: quiet, secretsEnv: {}, fetch });
  const poolLogs: string[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      poolLogs.push(String(chunk));
      done();
    },
  });
  const pool = createAnswerPool({
    storePath: store.path,
    topics: file.topics,
    askInWorkers: true,
    main: services.dispatcher,
    log: createLogger({ level: "info", out }),
    renderSlack: { secrets: [] },
    ...(options.size ? { size: options.size } : {}),
    ...(options.entry ? { entry: options.entry } : {}),
  });
  await pool.whenReady();
  const harness = await startSlackHarness({ mode: "http", dispatcher: pool, render: (doc) => pool.slackMessages(doc) ?? renderSlack(doc) });
  return {
    harness,
    pool,
    store,
    poolLogs,
    async expected(text, channel) {
      const doc = await services.dispatcher.handle(`/brief ${text}`, { platform: "slack", channelId: channel, userId: "U0001" });
      return renderSlack(doc);
    },
    async close() {
      await harness.close();
      await pool.stop();
      store.close();
    },
  };
}
