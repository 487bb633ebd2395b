/**
 * The store and dispatcher the platform benchmarks answer from: the seed articles ingested in memory (as on a
 * first start; in a temporary file with `seedsOnDisk`), or an existing store file passed with `--store PATH` (build a 10,000-article one with
 * `BENCH_KEEP=1 npm run bench:store`). Returns the positional arguments that remain.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { COMMANDS } from "../../commands/index.ts";
import { DEFAULT_CONFIG_PATH, loadFileConfig } from "../../config/load.ts";
import { createDispatcher } from "../../src/dispatch/dispatcher.ts";
import { createDefaultIngester } from "../../src/ingest/default-ingester.ts";
import { seedIfEmpty } from "../../src/ingest/seed-store.ts";
import { createLogger } from "../../src/log/logger.ts";
import { createQueryEngine } from "../../src/query/create-query-engine.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";

export async function benchDispatcher(args: readonly string[], options: { seedsOnDisk?: boolean } = {}) {
  const storeAt = args.indexOf("--store");
  const storePath = storeAt >= 0 ? args[storeAt + 1] : undefined;
  const positional = args.filter((_, i) => storeAt < 0 || (i !== storeAt && i !== storeAt + 1));
  const topics = loadFileConfig(DEFAULT_CONFIG_PATH).topics;
  const quiet = createLogger({ level: "silent", out: new PassThrough() });
  // why: answer workers open the store file a second time; an in-memory store has no file to open
  const scratch = !storePath && options.seedsOnDisk ? mkdtempSync(join(tmpdir(), "bench-seeds-")) : undefined;
  if (scratch) process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
  const store = createSqliteStore({ path: storePath ?? (scratch ? join(scratch, "brief.db") : ":memory:") });
  if (!storePath) {
    const seeds = fileURLToPath(new URL("../../seeds", import.meta.url));
    await seedIfEmpty(store, createDefaultIngester(store, topics), seeds, quiet);
  }
  const dispatcher = createDispatcher({ commands: COMMANDS, deps: { topics, query: createQueryEngine(store, topics) }, log: quiet });
  return {
    store,
    topics,
    dispatcher,
    positional,
    storeLabel: storePath ?? `seed articles, ${scratch ? "in a temporary file" : "in memory"}`,
  };
}
