import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { integrityProblem } from "../../src/store/integrity.ts";
import { writeArticleFiles } from "../support/article-files.ts";
import { type BriefRun, finished, startBrief } from "../support/brief-child.ts";
import { captureIo } from "../support/cli-io.ts";

const FILES = 40;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type ArticleShape = { url: string; quotes: number; events: number; sentences: number; aliases: number; topics: number };

/** Every stored article with what hangs off it, counted from the rows themselves (not from the article's own columns). */
function shapes(path: string): ArticleShape[] {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.url,
           (SELECT count(*) FROM quotes q WHERE q.article = a.n) AS quotes,
           (SELECT count(*) FROM events e WHERE e.article = a.n) AS events,
           (SELECT count(*) FROM sentences s WHERE s.article = a.n) AS sentences,
           (SELECT count(*) FROM entity_aliases ea WHERE ea.article = a.n) AS aliases,
           (SELECT count(*) FROM article_topics t WHERE t.article = a.n) AS topics
         FROM articles a ORDER BY a.url`,
      )
      .all() as ArticleShape[];
  } finally {
    db.close();
  }
}

/** What is left behind that belongs to no stored article (a half-written article would leave some). */
function orphans(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT (SELECT count(*) FROM quotes WHERE article NOT IN (SELECT n FROM articles))
              + (SELECT count(*) FROM events WHERE article NOT IN (SELECT n FROM articles))
              + (SELECT count(*) FROM sentences WHERE article NOT IN (SELECT n FROM articles))`,
      )
      .pluck()
      .get() as number;
  } finally {
    db.close();
  }
}

function storedCount(db: BetterSqlite3.Database): number {
  try {
    return db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
  } catch {
    return 0; // the child has not created the tables yet
  }
}

/** Waits until the child has stored at least `atLeast` articles (or has exited); polls the file read-only. */
async function whenStored(path: string, atLeast: number, exit: Promise<BriefRun>): Promise<"stored" | "exited"> {
  let exited = false;
  void exit.then(() => {
    exited = true;
  });
  // why: a generous overall limit only turns a hang into a failure; the wait itself is on the rows
  const deadline = Date.now() + 180_000;
  let db: BetterSqlite3.Database | null = null;
  try {
    while (Date.now() < deadline) {
      if (exited) return "exited";
      try {
        db ??= new BetterSqlite3(path, { readonly: true, fileMustExist: true });
        if (storedCount(db) >= atLeast) return "stored";
      } catch {
        // the file does not exist yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    db?.close();
  }
  throw new Error(`the ingest stored fewer than ${atLeast} articles in 3 minutes`);
}

describe("kill -9 during ingest (a real `node bin/brief.js ingest` process)", () => {
  it("leaves a store that opens with every article whole, and re-running completes it with no duplicates", async () => {
    const root = mkdtempSync(join(tmpdir(), "brief-kill-"));
    dirs.push(root);
    const articles = join(root, "articles");
    mkdirSync(articles);
    writeArticleFiles(articles, FILES);
    const dataDir = join(root, "data");
    const path = join(dataDir, "brief.db");

    // The same files ingested without interruption: what every article must look like.
    const referenceDir = join(root, "reference");
    expect(await main(["ingest", articles], { env: { LOG_LEVEL: "silent", DATA_DIR: referenceDir }, io: captureIo() })).toBe(0);
    const reference = shapes(join(referenceDir, "brief.db"));
    expect(reference).toHaveLength(FILES);

    // Killed with SIGKILL each time it has stored a few more articles, until a run gets to the end by itself.
    let kills = 0;
    let stored = 0;
    for (let run = 0; run < 10; run++) {
      const child = startBrief(["ingest", articles], { dataDir });
      const exit = finished(child);
      const when = await whenStored(path, stored + 12, exit);
      if (when === "stored") child.kill("SIGKILL");
      const result = await exit;
      if (result.signal === "SIGKILL") kills += 1;
      else {
        expect(result.code, result.err).toBe(0);
        expect(result.out).toMatch(/\d+ new, 0 replaced, \d+ unchanged/);
        break;
      }
      // after each kill: the store opens and passes the check, and every article in it is whole
      const db = new BetterSqlite3(path, { readonly: true });
      expect(integrityProblem(db)).toBeNull();
      db.close();
      expect(orphans(path)).toBe(0);
      const now = shapes(path);
      for (const shape of now) expect(shape).toEqual(reference.find((expected) => expected.url === shape.url));
      expect(now.length).toBeGreaterThanOrEqual(stored);
      stored = now.length;
    }
    expect(kills).toBeGreaterThan(0);
    // complete, and not one article twice
    expect(shapes(path)).toEqual(reference);
    expect(orphans(path)).toBe(0);
    const again = await finished(startBrief(["ingest", articles], { dataDir }));
    expect(again.out).toContain(`0 new, 0 replaced, ${FILES} unchanged`);
  }, 600_000);
});
