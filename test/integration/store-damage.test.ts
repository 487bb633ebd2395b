import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { integrityProblem } from "../../src/store/integrity.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { captureIo } from "../support/cli-io.ts";
import { seededRandom } from "../support/seeded-random.ts";

/** The commands a person runs against a store; each through main(), as `brief …` runs it. */
const COMMANDS: Record<string, string[]> = {
  who: ["who", "Dunmore"],
  topic: ["topic", "turkey-mediation"],
  ask: ["ask", "what did Fernandez say about the budget?"],
  search: ["search", "budget"],
  ingest: ["ingest", "NEW_ARTICLE"],
  serve: ["serve", "--once", "/brief who Dunmore"],
};
/** Damaged copies tried per run; each is run through every command (the fuzz found nothing new past a few hundred). */
const TRIALS = Number(process.env.BRIEF_DAMAGE_TRIALS ?? 40);
const TABLES = [
  "articles",
  "sentences",
  "quotes",
  "events",
  "entities",
  "entity_aliases",
  "entity_roles",
  "article_topics",
  "sentence_topics",
];

const NEW_ARTICLE = `---
title: "Harbour ferry fares to rise"
source: "Coast Gazette"
url: "https://example.net/ferry-fares"
published: "2025-04-02"
---
Ferry fares across the harbour will rise by ten percent in June, the operator said on Tuesday.

"We held prices for four years, and fuel did not," said Jo Marsh, the operator's chief executive.
`;

let root = "";
let pristine: Buffer;
let articlePath = "";
let baselineArticles = 0;
const baseline: Record<string, { code: number; out: string }> = {};

async function runCommand(name: string, dataDir: string): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const argv = (COMMANDS[name] ?? []).map((arg) => (arg === "NEW_ARTICLE" ? articlePath : arg));
  const code = await main(argv, { env: { LOG_LEVEL: "info", DATA_DIR: dataDir }, io });
  return { code, out: io.out(), err: io.err() };
}

/** Writes `bytes` as a store of its own and runs one command on it. */
async function runOn(bytes: Buffer, name: string) {
  const dataDir = mkdtempSync(join(root, "case-"));
  const path = join(dataDir, "brief.db");
  writeFileSync(path, bytes);
  const result = await runCommand(name, dataDir);
  const after = readFileSync(path);
  rmSync(dataDir, { recursive: true, force: true });
  return { ...result, unchanged: after.equals(bytes) };
}

function integrityFails(bytes: Buffer): boolean {
  const path = join(root, "probe.db");
  writeFileSync(path, bytes);
  try {
    const db = new BetterSqlite3(path, { readonly: true });
    try {
      return integrityProblem(db) !== null;
    } finally {
      db.close();
    }
  } catch {
    return true;
  } finally {
    rmSync(path, { force: true });
  }
}

const DAMAGE_MESSAGE = /The fact store .*brief\.db is damaged \(.*\)\. Nothing was written to it\.\nTo recover without losing anything/;

/**
 * What any command may do on a damaged store: answer as it did before the damage (the damage missed what it
 * reads), or fail with exit 1 and the damage message. Never a stack trace, zod's JSON, or a raw Brotli error;
 * a read never changes the file, and no command changes a file that fails the integrity check.
 * With `content` damage allowed, a changed answer is accepted too (exit 0 or "not found" 1): a byte changed
 * inside a stored text or number that leaves the record valid is invisible to SQLite and to every check.
 */
function expectHonest(name: string, result: Awaited<ReturnType<typeof runOn>>, failsCheck: boolean, label: string, content = false): void {
  const shown = `${result.out}\n${result.err}`;
  expect(shown, label).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(shown, label).not.toMatch(/"code": "invalid_|"expected":|✖|ZodError/);
  expect(shown, label).not.toMatch(/Decompression failed|brotli/i);
  expect(shown, label).not.toContain("failed unexpectedly");
  expect(result.unchanged || (name === "ingest" && !failsCheck), label).toBe(true);
  if (failsCheck && (name === "ingest" || name === "serve")) {
    // the integrity check at start refuses them before any work
    expect(result.code, label).toBe(1);
    expect(result.err, label).toMatch(DAMAGE_MESSAGE);
    return;
  }
  // why: serve --once prints the dispatcher's reply (an error reply included) and exits 0, as in chat
  if (name === "serve") return;
  const same = result.code === baseline[name]?.code && result.out === baseline[name]?.out;
  if (DAMAGE_MESSAGE.test(result.err)) expect(result.code, label).toBe(1);
  else if (content) expect([0, 1], `${label}\n${shown}`).toContain(result.code);
  else if (!same) {
    expect(result.code, `${label}\n${shown}`).toBe(1);
    expect(result.err, label).toMatch(DAMAGE_MESSAGE);
  }
}

/** The b-tree pages (1-based) of a table and its indexes' own table entry, from SQLite's dbstat. */
function pagesOf(table: string): number[] {
  const path = join(root, "pages.db");
  writeFileSync(path, pristine);
  const db = new BetterSqlite3(path, { readonly: true });
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno").pluck().all(table) as number[];
  db.close();
  rmSync(path, { force: true });
  return pages;
}

function zeroPage(bytes: Buffer, page: number): Buffer {
  const copy = Buffer.from(bytes);
  const size = copy.readUInt16BE(16);
  copy.fill(0, (page - 1) * size, page * size);
  return copy;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "brief-damage-"));
  articlePath = join(root, "ferry.md");
  writeFileSync(articlePath, NEW_ARTICLE);
  const dataDir = join(root, "pristine");
  mkdirSync(dataDir);
  const io = captureIo();
  const fixtures = join(import.meta.dirname, "../fixtures/articles");
  const seeds = join(import.meta.dirname, "../../seeds");
  expect(await main(["ingest", seeds, fixtures], { env: { LOG_LEVEL: "silent", DATA_DIR: dataDir }, io })).toBe(0);
  pristine = readFileSync(join(dataDir, "brief.db"));
  const counted = new BetterSqlite3(join(dataDir, "brief.db"), { readonly: true });
  baselineArticles = counted.prepare("SELECT count(*) FROM articles").pluck().get() as number;
  counted.close();
  for (const name of Object.keys(COMMANDS)) {
    copyFileSync(join(dataDir, "brief.db"), join(root, "baseline.db"));
    const result = await runOn(pristine, name);
    baseline[name] = { code: result.code, out: result.out };
  }
}, 300_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("a damaged store, through the CLI commands (real files, seeded damage)", () => {
  it("answers normally from the undamaged store (the baseline every damaged run is held to)", () => {
    expect(baseline.who?.code).toBe(0);
    expect(baseline.who?.out).toContain("Somebody has to say no");
    expect(baseline.search?.code).toBe(0);
    expect(baseline.ingest?.code).toBe(0);
  });

  it("reports a zeroed page under the quotes table as damage on `brief who`, with exit 1 and the recovery advice", async () => {
    const damaged = zeroPage(pristine, Math.min(...pagesOf("quotes")));
    const result = await runOn(damaged, "who");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(DAMAGE_MESSAGE);
    expect(result.err).not.toMatch(/SqliteError|\n\s+at /);
    expect(result.unchanged).toBe(true);
  });

  it("refuses an ingest into a store that fails the integrity check and leaves the file byte-identical", async () => {
    const damaged = zeroPage(pristine, Math.max(...pagesOf("sentences")));
    expect(integrityFails(damaged)).toBe(true);
    const result = await runOn(damaged, "ingest");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(DAMAGE_MESSAGE);
    expect(result.out).not.toContain("1 new");
    expect(result.unchanged).toBe(true);
  });

  it("recovers what a damaged store still holds with `brief recover`, without changing it", async () => {
    const dataDir = mkdtempSync(join(root, "recover-"));
    const path = join(dataDir, "brief.db");
    writeFileSync(path, pristine);
    const store = createSqliteStore({ path });
    store.putSubscription({
      platform: "slack",
      channel: "C1",
      topic: "turkey-mediation",
      cron: "0 7 * * *",
      timezone: "UTC",
      createdBy: "U1",
      createdAt: "2024-01-01",
    });
    const slot = { digestId: "morning", target: "slack:C1", slot: "2024-03-01T07:00:00.000Z" };
    store.claimDelivery({ ...slot, late: false });
    store.finishDelivery(slot, { messageId: "1709276400.000100" });
    const thread = { platform: "console", channel: "cli", threadId: "t1" } as const;
    const rootCommand = { name: "topic", args: { name: "turkey-mediation", all: false } };
    store.putThread({ ...thread, topic: null, factIds: ["q1"], entities: [], createdAt: "2024-01-01T00:00:00Z", rootCommand });
    store.appendTurn(thread, { author: "user", text: "who said it?", entities: [], at: "2024-01-01T00:00:01Z" });
    store.close();
    const damaged = zeroPage(readFileSync(path), Math.min(...pagesOf("quotes")));
    writeFileSync(path, damaged);

    const io = captureIo();
    const code = await main(["recover"], { env: { LOG_LEVEL: "silent", DATA_DIR: dataDir }, io });
    expect(code, io.err()).toBe(0);
    expect(io.out()).toMatch(/Recovered \d+ articles, 1 subscriptions, 1 digest deliveries and 1 threads/);
    expect(readFileSync(path).equals(damaged)).toBe(true);
    const recovered = createSqliteStore({ path: join(dataDir, "recovered", "brief.db") });
    recovered.checkIntegrity();
    expect(recovered.articleCount()).toBe(baselineArticles);
    expect(recovered.lastDelivery("morning", "slack:C1")).toMatchObject({ status: "sent", messageId: "1709276400.000100" });
    expect(recovered.getThread(thread)?.turns.map((turn) => turn.text)).toEqual(["who said it?"]);
    expect(recovered.getThread(thread)?.rootCommand).toEqual(rootCommand);
    expect(recovered.listSubscriptions()).toHaveLength(1);
    recovered.close();
    const who = await runCommand("who", join(dataDir, "recovered"));
    expect(who.out).toBe(baseline.who?.out);
  });

  it("recover refuses when there is no store, and never writes over an earlier recovery", async () => {
    const empty = mkdtempSync(join(root, "none-"));
    let io = captureIo();
    expect(await main(["recover"], { env: { LOG_LEVEL: "silent", DATA_DIR: empty }, io })).toBe(1);
    expect(io.err()).toContain("There is no store at");
    const dataDir = mkdtempSync(join(root, "again-"));
    writeFileSync(join(dataDir, "brief.db"), pristine);
    mkdirSync(join(dataDir, "recovered"));
    writeFileSync(join(dataDir, "recovered", "brief.db"), "earlier");
    io = captureIo();
    expect(await main(["recover"], { env: { LOG_LEVEL: "silent", DATA_DIR: dataDir }, io })).toBe(1);
    expect(io.err()).toContain("already exists");
    expect(readFileSync(join(dataDir, "recovered", "brief.db"), "utf8")).toBe("earlier");
  });

  it("handles a zeroed page picked at random under each table, for every command", async () => {
    const random = seededRandom(13);
    for (const table of TABLES) {
      const pages = pagesOf(table);
      const page = pages[Math.floor(random() * pages.length)] as number;
      const damaged = zeroPage(pristine, page);
      const fails = integrityFails(damaged);
      for (const name of Object.keys(COMMANDS)) {
        expectHonest(name, await runOn(damaged, name), fails, `${name} with page ${page} of ${table} zeroed`);
      }
    }
  }, 300_000);

  it("handles random byte damage (seeded: scattered bytes, or a burst inside one page) for every command", async () => {
    const random = seededRandom(2026);
    let failedCheck = 0;
    let reported = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const damaged = Buffer.from(pristine);
      const burst = trial % 2 === 1;
      const count = burst ? 8 + Math.floor(random() * 120) : 1 + Math.floor(random() * 16);
      // why: past the 100-byte file header, whose damage is the simple "not a SQLite database" case tested above
      const start = 100 + Math.floor(random() * (damaged.length - 100 - count));
      const offsets: number[] = [];
      for (let i = 0; i < count; i++) {
        const at = burst ? start + i : 100 + Math.floor(random() * (damaged.length - 100));
        damaged[at] = Math.floor(random() * 256);
        offsets.push(at);
      }
      const fails = integrityFails(damaged);
      const where = burst ? `${count} bytes from ${start}` : `bytes at ${offsets.join(",")}`;
      if (fails) failedCheck += 1;
      for (const name of Object.keys(COMMANDS)) {
        const result = await runOn(damaged, name);
        expectHonest(name, result, fails, `${name}, trial ${trial}, ${where}`, true);
        if (DAMAGE_MESSAGE.test(result.err)) reported += 1;
      }
    }
    // the damage was real: many copies fail the check, and commands report it
    expect(failedCheck).toBeGreaterThan(TRIALS / 4);
    expect(reported).toBeGreaterThan(TRIALS);
  }, 300_000);
});
