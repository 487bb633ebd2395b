import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createQueryEngine } from "../../../src/query/create-query-engine.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const quoted = (id: string, text: string) =>
  toStore(makeFacts(id, { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text }] }), id);

const texts = (result: ReturnType<ReturnType<typeof createQueryEngine>["whoSaid"]>) =>
  result.kind === "who-said-person" ? result.quotes.map((quote) => quote.text).sort() : [];

describe("the query engine's remembered results", () => {
  it("answers again after a write on the same connection, and shares no result anyone could change", () => {
    const store = createSqliteStore({ path: join(makeTempDir("brief-memo-"), "brief.db") });
    try {
      const engine = createQueryEngine(store, []);
      store.putArticle(quoted("a1", "Numbers weave patterns"));
      const first = engine.whoSaid("Lovelace");
      expect(texts(first)).toEqual(["Numbers weave patterns"]);
      expect(engine.whoSaid("Lovelace")).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      store.putArticle(quoted("a2", "The engine has no pretensions"));
      expect(texts(engine.whoSaid("Lovelace"))).toEqual(["Numbers weave patterns", "The engine has no pretensions"]);
    } finally {
      store.close();
    }
  });

  it("answers again after another connection wrote (an answer worker's read-only connection beside the writer)", () => {
    const path = join(makeTempDir("brief-memo-"), "brief.db");
    const writer = createSqliteStore({ path });
    writer.putArticle(quoted("a1", "Numbers weave patterns"));
    const reader = createSqliteStore({ path, readonly: true });
    try {
      const engine = createQueryEngine(reader, []);
      expect(texts(engine.whoSaid("Lovelace"))).toEqual(["Numbers weave patterns"]);
      writer.putArticle(quoted("a2", "The engine has no pretensions"));
      expect(texts(engine.whoSaid("Lovelace"))).toEqual(["Numbers weave patterns", "The engine has no pretensions"]);
    } finally {
      reader.close();
      writer.close();
    }
  });
});
