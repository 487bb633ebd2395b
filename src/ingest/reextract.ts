import { UserError } from "../domain/errors.ts";
import { ArticleFactsSchema } from "../domain/facts.ts";
// why: the segmenter alone, not the index: the whole extractor (and its date parser) loads only when extracting.
import { splitSentences } from "../extract/text/segment.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import type { FactWriter } from "../store/ports/fact-writer.ts";
import { cannotWrite, StoreError } from "../store/store-error.ts";
import type { IngesterDeps } from "./ingest-article.ts";
import type { IngestFailure } from "./ingest-run.ts";

export type ReextractSummary = {
  reextracted: number;
  failures: IngestFailure[];
  before: { quotes: number; events: number };
  after: { quotes: number; events: number };
};

/**
 * Reads every stored article's facts again from its stored text with the current extractor (after an upgrade),
 * one transaction per article: an article that fails keeps its previous facts. Ids, content hashes and
 * ingest times stay, so ingesting the same files again still says "unchanged" and digests announce nothing.
 */
export async function reextractAll(
  deps: IngesterDeps & { store: FactWriter & Pick<FactReader, "counts" | "storedArticleIds" | "storedArticle"> },
): Promise<ReextractSummary> {
  const { store } = deps;
  const counts = () => {
    const all = store.counts();
    return { quotes: all.quotes, events: all.events };
  };
  const summary: ReextractSummary = { reextracted: 0, failures: [], before: counts(), after: counts() };
  for (const id of store.storedArticleIds()) {
    const stored = store.storedArticle(id);
    if (!stored) continue;
    try {
      const { text, ...meta } = stored;
      const checked = ArticleFactsSchema.safeParse(await deps.extract({ ...meta, text }));
      if (!checked.success)
        throw new UserError(`the extractor returned facts that do not fit the schema: ${checked.error.issues[0]?.message ?? ""}`);
      const body = deps.clean ? deps.clean(text) : text;
      const sentences = splitSentences(body);
      const topics = deps.matcher.tag(
        meta.title,
        sentences.map((sentence) => sentence.text),
      );
      store.rewriteArticle(id, { facts: checked.data, text: body, sentences, topics });
      summary.reextracted += 1;
    } catch (error) {
      if (error instanceof StoreError && error.code === "corrupt") throw error;
      summary.failures.push({ name: id, reason: (error as Error).message });
      if (cannotWrite(error)) break;
    }
  }
  summary.after = counts();
  return summary;
}

export function describeReextract(summary: ReextractSummary): string {
  const lines = [
    `Re-extracted ${summary.reextracted} articles: quotes ${summary.before.quotes} → ${summary.after.quotes}, events ${summary.before.events} → ${summary.after.events}.`,
  ];
  for (const failure of summary.failures) lines.push(`  failed: ${failure.name}: ${failure.reason}`);
  return lines.join("\n");
}
