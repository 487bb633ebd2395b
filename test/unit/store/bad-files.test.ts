import { chmodSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { LATEST_SCHEMA_VERSION } from "../../../src/store/schema.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { cannotWrite, explainStoreError, StoreError } from "../../../src/store/store-error.ts";
import { makeFacts, toStore } from "../../fixtures/facts/make-facts.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

function tempDir(): string {
  return makeTempDir("brief-bad-");
}

function tempPath(): string {
  return join(tempDir(), "brief.db");
}

function storeWithArticles(path: string, count: number): void {
  const store = createSqliteStore({ path });
  for (let i = 0; i < count; i++)
    store.putArticle(
      toStore(makeFacts(`a${i}`, { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: `quote ${i} `.repeat(40) }] })),
    );
  store.close();
}

function openError(path: string): StoreError {
  try {
    createSqliteStore({ path }).close();
  } catch (error) {
    return error as StoreError;
  }
  throw new Error("expected the store to refuse the file");
}

describe("SQLite fact store: bad files and bad disks", () => {
  it("refuses a file that is not a database and leaves it byte-for-byte untouched", () => {
    const path = tempPath();
    writeFileSync(path, "this is a shopping list, not a database\n".repeat(100));
    const before = readFileSync(path);
    const error = openError(path);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain("not a SQLite database");
    expect(error.message).toContain("Nothing was written to it");
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses a truncated database that fails the integrity check (no WAL holds the rest) and leaves it untouched", () => {
    const path = tempPath();
    storeWithArticles(path, 30);
    truncateSync(path, Math.floor(readFileSync(path).length / 2) + 100);
    const before = readFileSync(path);
    const error = openError(path);
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain("truncated");
    expect(error.message).toContain("no -wal file holds the rest");
    expect(error.message).not.toContain("move it aside");
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses a database from a newer schema version and does not change it", () => {
    const path = tempPath();
    storeWithArticles(path, 1);
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);
    const error = openError(path);
    expect(error.code).toBe("newer-schema");
    expect(error.message).toMatch(/newer Briefbot \(schema version \d+; this one understands up to \d+\)/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses a version-1 database with another table layout, naming what to do, and leaves it untouched", () => {
    const path = tempPath();
    const raw = new BetterSqlite3(path);
    raw.exec("CREATE TABLE articles (id TEXT PRIMARY KEY); PRAGMA user_version = 1;");
    raw.close();
    const before = readFileSync(path);
    const error = openError(path);
    expect(error.code).toBe("incompatible");
    expect(error.message).toContain("move it aside");
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("explains a data directory that cannot be created", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "not-a-dir"), "");
    const error = openError(join(dir, "not-a-dir", "brief.db"));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toContain("DATA_DIR");
  });

  it("explains read-only files and directories in plain words", () => {
    for (const code of ["SQLITE_READONLY", "EACCES", "EROFS"]) {
      const error = explainStoreError(Object.assign(new Error("x"), { code }), "/data/brief.db", "storing article a1") as StoreError;
      expect(error.code).toBe("read-only");
      expect(error.message).toContain("read-only");
      expect(error.message).toContain("Nothing was changed");
    }
  });

  it("explains a write cut short (a size limit, a failing disk) as a disk error that stops a batch", () => {
    const error = explainStoreError(
      Object.assign(new Error("disk I/O error"), { code: "SQLITE_IOERR_WRITE" }),
      "/data/brief.db",
      "storing article a1",
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("io-error");
    expect((error as StoreError).message).toContain("Nothing was changed");
    expect(cannotWrite(error)).toBe(true);
  });

  it("refuses writes in a read-only data directory (when the OS enforces it) and keeps the data", () => {
    const path = tempPath();
    storeWithArticles(path, 2);
    const dir = join(path, "..");
    chmodSync(dir, 0o555);
    chmodSync(path, 0o444);
    try {
      let outcome: unknown = null;
      try {
        const store = createSqliteStore({ path });
        store.putArticle(toStore(makeFacts("late")));
        store.close();
      } catch (error) {
        outcome = error;
      }
      // why: root ignores file modes, so this can only be asserted where the OS refuses the write
      if (outcome !== null) expect((outcome as StoreError).code).toMatch(/read-only|cannot-open/);
    } finally {
      chmodSync(dir, 0o755);
      chmodSync(path, 0o644);
    }
    const store = createSqliteStore({ path });
    expect(store.articleCount()).toBeGreaterThanOrEqual(2);
    store.close();
  });

  it("reports a full disk as a clear error and keeps every article stored before it", () => {
    const path = tempPath();
    storeWithArticles(path, 3);
    const pages = Number(new BetterSqlite3(path, { readonly: true }).pragma("page_count", { simple: true }));
    const store = createSqliteStore({ path, maxPageCount: pages + 2 });
    const big = makeFacts("big", {
      people: ["Ada Lovelace"],
      quotes: Array.from({ length: 200 }, (_, i) => ({ speaker: "Ada Lovelace", text: `long words ${i} `.repeat(60) })),
    });
    let error: StoreError | undefined;
    try {
      store.putArticle(toStore(big));
    } catch (caught) {
      error = caught as StoreError;
    }
    expect(error?.code).toBe("disk-full");
    expect(error?.message).toContain("nothing was changed");
    expect(store.articleCount()).toBe(3);
    expect(store.counts().quotes).toBe(3);
    store.close();
  });

  it("refuses a file whose table definitions were changed (a byte in the stored SQL), as damage, untouched", () => {
    const path = tempPath();
    storeWithArticles(path, 2);
    const raw = new BetterSqlite3(path);
    raw.unsafeMode(true);
    raw.pragma("writable_schema = ON");
    raw.prepare("UPDATE sqlite_schema SET sql = replace(sql, 'ON articles(url)', 'ON articles(title)') WHERE name = 'articles_url'").run();
    raw.close();
    const before = readFileSync(path);
    const error = openError(path);
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain("its definition of articles_url was changed");
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses every write once a read met damage, and leaves the file as it was", () => {
    const path = tempPath();
    storeWithArticles(path, 3);
    const raw = new BetterSqlite3(path);
    raw.prepare("UPDATE articles SET body = x'00112233' WHERE id = 'a1'").run();
    raw.close();
    const before = readFileSync(path);
    const store = createSqliteStore({ path });
    const read = (() => {
      try {
        store.storedArticle("a1");
      } catch (error) {
        return error as StoreError;
      }
    })();
    expect(read?.code).toBe("corrupt");
    expect(read?.message).toContain("an article text that does not unpack");
    expect(read?.message).toContain("To recover without losing anything");
    expect(() => store.putArticle(toStore(makeFacts("late")))).toThrow(/is damaged/);
    expect(() =>
      store.putThread({ platform: "console", channel: "c", threadId: "t", topic: null, factIds: [], entities: [], createdAt: "x" }),
    ).toThrow(/is damaged/);
    store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("runs the integrity check before the first write and refuses to write into a file that fails it", () => {
    const path = tempPath();
    storeWithArticles(path, 30);
    const raw = new BetterSqlite3(path, { readonly: true });
    const leaf = raw.prepare("SELECT max(pageno) FROM dbstat WHERE name = 'quotes' AND pagetype = 'leaf'").pluck().get() as number;
    raw.close();
    const bytes = readFileSync(path);
    bytes.fill(0, (leaf - 1) * 4096, leaf * 4096);
    writeFileSync(path, bytes);
    const store = createSqliteStore({ path });
    expect(() => store.checkIntegrity()).toThrow(/is damaged \(quotes: .*; found while checking its integrity\)/);
    expect(() => store.putArticle(toStore(makeFacts("late")))).toThrow(/is damaged/);
    store.close();
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
