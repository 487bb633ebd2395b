import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../config/load.ts";
import { createServices, type Services } from "../../src/app/services.ts";
import { createDefaultIngester } from "../../src/ingest/default-ingester.ts";
import { seedIfEmpty } from "../../src/ingest/seed-store.ts";
import { createLogger } from "../../src/log/logger.ts";
import type { Document } from "../../src/render/document.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { renderText } from "../../src/render/text.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { makeTempDir } from "../support/temp-dir.ts";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));

/** A real SQLite store in a temp dir, with the default config's topics, and the logger's errors collected. */
export function fuzzWorld(prefix: string) {
  const dir = makeTempDir(prefix);
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: "error" });
  const store: FactStore = createSqliteStore({ path: join(dir, "brief.db") });
  const out = new PassThrough();
  const logged: string[] = [];
  out.on("data", (chunk) => logged.push(String(chunk)));
  const log = createLogger({ level: "error", out });
  const ingester = createDefaultIngester(store, config.file.topics);
  let services: Services | undefined;
  return {
    config,
    store,
    ingester,
    log,
    /** Error lines the code logged: a crash inside a command is logged here as "command failed". */
    logged,
    seed: () => seedIfEmpty(store, ingester, SEEDS_DIR, log),
    services: () => {
      services ??= createServices({ config, store, log, secretsEnv: {}, fetch: () => Promise.reject(new Error("no network in fuzz")) });
      return services;
    },
  };
}

/** What a person sees of an answer: the terminal text (console chat, serve --once) and the Markdown export. */
export function shown(doc: Document): string[] {
  return [renderText(doc, { color: false, width: 80 }), renderMarkdown(doc)];
}

/** What a stack trace or a raw error looks like when it leaks into a reply. */
export const STACK_TRACE =
  /\n\s*at\s+(?:\S+\s+\()?(?:file:|node:|\/)\S*:\d+:\d+|\b(?:TypeError|RangeError|ReferenceError|SqliteError|ZodError|SyntaxError): |node:internal/;
