import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { StoreError } from "../../../src/store/store-error.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

describe("a read-only connection beside the writer (the answer workers')", () => {
  it("reads what the writer stored, including writes made after it opened, and refuses to write", () => {
    const path = join(makeTempDir("brief-readonly-"), "brief.db");
    const writer = createSqliteStore({ path });
    const reader = createSqliteStore({ path, readonly: true });
    try {
      writer.putArticle(
        toStore(makeFacts("a1", { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: "Numbers weave" }] })),
      );
      expect(reader.counts()).toEqual(writer.counts());
      expect(reader.searchQuotes({ terms: ["weave"], mode: "all" }, 5)).toHaveLength(1);
      expect(() => reader.putArticle(toStore(makeFacts("a2", { people: ["Ada Lovelace"] })))).toThrow(StoreError);
      expect(writer.counts().articles).toBe(1);
    } finally {
      reader.close();
      writer.close();
    }
  });

  it("refuses a file that does not exist, or one the writer has not migrated, naming the file", () => {
    const dir = makeTempDir("brief-readonly-");
    expect(() => createSqliteStore({ path: join(dir, "missing.db"), readonly: true })).toThrow(/missing\.db/);
    const bare = join(dir, "bare.db");
    new BetterSqlite3(bare).close();
    expect(() => createSqliteStore({ path: bare, readonly: true })).toThrow(/bare\.db.*schema version 0/);
  });
});
