import type { Logger } from "../log/logger.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import type { Ingester } from "./ingest-article.ts";
import { ingestAll } from "./ingest-run.ts";
import { listSources } from "./read-inputs.ts";

/** Fills an empty store from the seed articles (first start); a store with any article is left alone. */
export async function seedIfEmpty(store: Pick<FactReader, "isEmpty">, ingester: Ingester, seedsDir: string, log: Logger): Promise<void> {
  if (!store.isEmpty()) return;
  const summary = await ingestAll(
    ingester,
    listSources([seedsDir], () => new Uint8Array()),
  );
  log.info("seeded the empty store", { dir: seedsDir, new: summary.new, failed: summary.failures.length });
  for (const failure of summary.failures) log.warn("seed article not stored", failure);
}
