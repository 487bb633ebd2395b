import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { ArticleFacts } from "../../src/domain/facts.ts";
import { splitSentences } from "../../src/extract/index.ts";
import { contentHash } from "../../src/ingest/content-hash.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { makeTempDir } from "./temp-dir.ts";

/**
 * A real SQLite store holding `count` articles made by `article(n)` (facts and text, no topics), and a second,
 * read-only connection to the same file for reference queries written straight in SQL.
 */
export function storeOfArticles(
  prefix: string,
  count: number,
  article: (n: number) => { facts: ArticleFacts; text: string },
): { store: FactStore; reference: BetterSqlite3.Database; close(): void } {
  const path = join(makeTempDir(prefix), "brief.db");
  const store = createSqliteStore({ path });
  for (let n = 0; n < count; n++) {
    const { facts, text } = article(n);
    store.putArticle({
      facts,
      contentHash: contentHash({ ...facts.article, text }),
      text,
      sentences: splitSentences(text),
      topics: { article: [], sentences: [] },
    });
  }
  const reference = new BetterSqlite3(path, { readonly: true });
  return {
    store,
    reference,
    close() {
      reference.close();
      store.close();
    },
  };
}
