import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { integrityProblem } from "../../src/store/integrity.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { makeFacts, toStore } from "../fixtures/facts/make-facts.ts";
import { REPO_ROOT, runBrief } from "../support/brief-child.ts";

// why: each step is a real `node bin/brief.js` start (several seconds on a busy machine); the limit only stops a hang
const ARTICLE = join(REPO_ROOT, "test/fixtures/articles/feature-bakery.md");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Pages the main file's header claims, and the bytes it really has. */
function mainFile(path: string): { headerPages: number; bytes: number } {
  return { headerPages: readFileSync(path).readUInt32BE(28), bytes: statSync(path).size };
}

describe("a full disk, then space freed (real processes, a real WAL, writes cut short by a file-size limit)", () => {
  it("fails the write with a plain message, and once space is back every command opens the store with nothing lost", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "brief-disk-full-"));
    dirs.push(dataDir);
    const path = join(dataDir, "brief.db");
    // A running bot holds the store open, so 30 articles sit in the -wal file, not yet checkpointed into brief.db.
    const running = createSqliteStore({ path });
    for (let i = 0; i < 30; i++) {
      running.putArticle(
        toStore(makeFacts(`a${i}`, { people: ["Ada Lovelace"], quotes: [{ speaker: "Ada Lovelace", text: `quote ${i} `.repeat(40) }] })),
      );
    }
    try {
      // The disk fills: no file may grow past 4 KB. The ingest's write fails, and its checkpoint on close is cut
      // short after brief.db's first page, whose header now claims every page while the file holds one.
      const full = await runBrief(["ingest", ARTICLE], { dataDir, limitKb: 4 });
      expect(full.code).toBe(1);
      expect(full.err).toMatch(/the disk is full, over a size limit, or failing\. Nothing was changed/);
      expect(full.err).not.toMatch(/\n\s+at /);
      const cut = mainFile(path);
      expect(cut.bytes).toBe(4096);
      expect(cut.headerPages * 4096).toBeGreaterThan(cut.bytes);

      // Space is freed: the store opens (SQLite reads the rest from the WAL), nothing is refused or lost.
      const sources = await runBrief(["sources", "--json"], { dataDir });
      expect(sources.err).not.toMatch(/truncated|move it aside|damaged/);
      expect(sources.code, sources.err).toBe(0);
      for (let i = 0; i < 30; i++) expect(sources.out).toContain(`"Title a${i}"`);
      const again = await runBrief(["ingest", ARTICLE], { dataDir });
      expect(again.code, again.err).toBe(0);
      expect(again.out).toContain("1 new");
    } finally {
      running.close();
    }
    const check = new BetterSqlite3(path, { readonly: true });
    expect(integrityProblem(check)).toBeNull();
    expect(check.prepare("SELECT count(*) FROM articles").pluck().get()).toBe(31);
    check.close();
  }, 300_000);
});
