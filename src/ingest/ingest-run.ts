import { basename } from "node:path";
import type { PutResult } from "../store/ports/fact-writer.ts";
import { cannotWrite, StoreError } from "../store/store-error.ts";
import type { Ingester } from "./ingest-article.ts";
import type { InputSource } from "./input-source.ts";

export type IngestFailure = { name: string; reason: string };
export type IngestSummary = {
  new: number;
  replaced: number;
  unchanged: number;
  failures: IngestFailure[];
  results: (PutResult & { name: string })[];
};

/**
 * Ingests each source on its own, in order; a source that expands (a feed) has its items ingested in its
 * place. A failure is recorded with its reason and the run goes on, except when the store itself cannot be
 * written (full disk, read-only, I/O error): then every later article would fail the same way, so the run stops
 * and says so. A damaged store throws its StoreError: nothing more is written and the caller shows the advice.
 */
export async function ingestAll(ingester: Ingester, sources: readonly InputSource[]): Promise<IngestSummary> {
  const summary: IngestSummary = { new: 0, replaced: 0, unchanged: 0, failures: [], results: [] };
  const queue = [...sources];
  for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
    try {
      const loaded = await source.load();
      if (loaded.kind === "inputs") {
        queue.unshift(...loaded.inputs);
        continue;
      }
      const result: PutResult =
        loaded.kind === "stored" ? { status: "unchanged", articleId: loaded.articleId } : await ingester.ingest(loaded.article);
      summary[result.status] += 1;
      summary.results.push({ ...result, name: source.name });
    } catch (error) {
      // why: a damaged store is the whole run's failure, reported once with its recovery advice, not per article
      if (error instanceof StoreError && error.code === "corrupt") throw error;
      summary.failures.push({ name: source.name, reason: (error as Error).message });
      if (cannotWrite(error)) {
        for (const skipped of queue) summary.failures.push({ name: skipped.name, reason: "not attempted: the store cannot be written" });
        break;
      }
    }
  }
  return summary;
}

export function describeSummary(summary: IngestSummary): string {
  const lines = [
    `${summary.new} new, ${summary.replaced} replaced, ${summary.unchanged} unchanged${summary.failures.length > 0 ? `, ${summary.failures.length} failed` : ""}`,
  ];
  for (const failure of summary.failures) {
    // why: some reasons already start with the file's name (front-matter errors); say it once
    const reason = failure.reason.startsWith(`${basename(failure.name)}: `)
      ? failure.reason.slice(basename(failure.name).length + 2)
      : failure.reason;
    lines.push(`  failed: ${failure.name}: ${reason}`);
  }
  return lines.join("\n");
}
