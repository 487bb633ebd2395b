import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../src/main.ts";
import { writeArticleFiles } from "../support/article-files.ts";
import { finished, startBrief } from "../support/brief-child.ts";
import { captureIo } from "../support/cli-io.ts";
import { patiently } from "../support/patiently.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const quiet = (dataDir: string) => ({ LOG_LEVEL: "silent", DATA_DIR: dataDir });

async function brief(argv: string[], dataDir: string) {
  const io = captureIo();
  const code = await main(argv, { env: quiet(dataDir), io });
  return { code, out: io.out(), err: io.err() };
}

function articleCount(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return Number(db.prepare("SELECT count(*) FROM articles").pluck().get());
  } finally {
    db.close();
  }
}

function fullIntegrityCheck(path: string): string[] {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("PRAGMA integrity_check").pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** A data directory with `count` invented articles ingested. */
async function storeWith(count: number): Promise<{ dataDir: string; root: string }> {
  const root = makeTempDir("brief-backup-");
  const articles = join(root, "articles");
  mkdirSync(articles);
  writeArticleFiles(articles, count);
  const dataDir = join(root, "data");
  expect((await brief(["ingest", articles], dataDir)).code).toBe(0);
  return { dataDir, root };
}

describe("brief backup", () => {
  it("copies the store while a real `brief ingest` process writes to it, and the copy passes the full integrity check", async () => {
    const { dataDir, root } = await storeWith(5);
    const more = join(root, "more");
    mkdirSync(more);
    writeArticleFiles(more, 120, 99);
    const child = startBrief(["ingest", more], { dataDir });
    const exit = finished(child);
    const store = join(dataDir, "brief.db");
    await vi.waitFor(() => expect(articleCount(store)).toBeGreaterThan(5), patiently);

    const target = join(root, "backup.db");
    const result = await brief(["backup", target], dataDir);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/^Backed up \d+ articles \(schema version \d+, \d+ bytes\) to .*backup\.db\.\n$/);
    expect(fullIntegrityCheck(target)).toEqual(["ok"]);
    expect(articleCount(target)).toBeGreaterThan(5);

    const ingest = await exit;
    expect(ingest.code, ingest.err).toBe(0);
    expect(readdirSync(root).filter((name) => name.includes(".partial-"))).toEqual([]);
  }, 300_000);

  it("refuses to overwrite an existing file unless --force, and names the missing store", async () => {
    const { dataDir, root } = await storeWith(2);
    const target = join(root, "exists.db");
    writeFileSync(target, "keep me");
    const refused = await brief(["backup", target], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("already exists: name a new file, or pass --force");
    expect((await brief(["backup", target, "--force"], dataDir)).code).toBe(0);
    expect(articleCount(target)).toBe(2);

    const none = await brief(["backup", join(root, "x.db")], join(root, "no-data"));
    expect(none.code).toBe(1);
    expect(none.err).toContain("There is no store at");
    const usage = await brief(["backup"], dataDir);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("name one backup file");
  });
});

describe("brief restore", () => {
  it("puts a backup in place, keeps the old store aside, and the restored store answers", async () => {
    const { dataDir, root } = await storeWith(3);
    const target = join(root, "three.db");
    expect((await brief(["backup", target], dataDir)).code).toBe(0);
    const more = join(root, "more");
    mkdirSync(more);
    writeArticleFiles(more, 4, 5);
    expect((await brief(["ingest", more], dataDir)).code).toBe(0);
    const before = articleCount(join(dataDir, "brief.db"));
    expect(before).toBeGreaterThan(3);

    const restored = await brief(["restore", target], dataDir);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/Restored 3 articles .* The old store is kept as .*brief\.db\.before-restore-/);
    expect(articleCount(join(dataDir, "brief.db"))).toBe(3);
    const aside = readdirSync(dataDir).find((name) => /^brief\.db\.before-restore-[^-].*[^lm]$/.test(name) && !name.endsWith("-wal"));
    expect(aside).toBeDefined();
    expect(articleCount(join(dataDir, aside ?? ""))).toBe(before);
    expect((await brief(["sources"], dataDir)).code).toBe(0);
  });

  it("refuses while another connection has the store open, and changes nothing", async () => {
    const { dataDir, root } = await storeWith(2);
    const target = join(root, "copy.db");
    expect((await brief(["backup", target], dataDir)).code).toBe(0);
    const holder = new BetterSqlite3(join(dataDir, "brief.db"));
    try {
      holder.prepare("SELECT count(*) FROM articles").get();
      const refused = await brief(["restore", target], dataDir);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain("is in use by another process");
      expect(readdirSync(dataDir).some((name) => name.includes("before-restore"))).toBe(false);
    } finally {
      holder.close();
    }
  });

  it("refuses files that are not a sound Briefbot store, naming the problem, and leaves the store as it was", async () => {
    const { dataDir, root } = await storeWith(2);
    const cases: [string, Buffer | string, RegExp][] = [
      ["text.db", "hello, not a database", /is not a SQLite database/],
      ["empty.db", Buffer.alloc(0), /is not a SQLite database/],
    ];
    const other = join(root, "other.db");
    const db = new BetterSqlite3(other);
    db.exec("CREATE TABLE notes(x)");
    db.close();
    const newer = join(root, "newer.db");
    expect((await brief(["backup", newer], dataDir)).code).toBe(0);
    const bump = new BetterSqlite3(newer);
    bump.pragma("user_version = 999");
    bump.close();
    for (const [name, bytes] of cases) writeFileSync(join(root, name), bytes);
    const expectations: [string, RegExp][] = [
      ...cases.map(([name, , why]) => [join(root, name), why] as [string, RegExp]),
      [other, /not a Briefbot store/],
      [newer, /written by a newer Briefbot \(schema version 999/],
      [join(root, "missing.db"), /does not exist/],
    ];
    for (const [file, why] of expectations) {
      const refused = await brief(["restore", file], dataDir);
      expect(refused.code, file).toBe(1);
      expect(refused.err).toMatch(why);
    }
    expect(articleCount(join(dataDir, "brief.db"))).toBe(2);
    expect(readdirSync(dataDir).some((name) => name.includes("before-restore"))).toBe(false);
    expect(existsSync(join(dataDir, "brief.db"))).toBe(true);
  });
});
