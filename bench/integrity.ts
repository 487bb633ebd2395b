/**
 * What the store's integrity check costs on an existing store: `node bin/run-ts.js bench/integrity.ts PATH/brief.db`
 * (e.g. one kept by `BENCH_KEEP=1 npm run bench:store`, 10,000 articles). Opens the file as serve and ingest do,
 * times the check they run at start, then SQLite's whole-file quick_check for comparison. Read-only: the file is
 * not changed. The first run after the file was written may include reading it from disk.
 */
import { statSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { fullQuickCheck, integrityProblem } from "../src/store/integrity.ts";

const path = process.argv[2];
if (!path) throw new Error("usage: bench/integrity.ts PATH/brief.db");
const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
const articles = db.prepare("SELECT count(*) FROM articles").pluck().get();
console.log(`Integrity check on ${path}: ${articles} articles, ${(statSync(path).size / 1e6).toFixed(1)} MB`);
for (let run = 1; run <= 3; run++) {
  let start = performance.now();
  const bounded = integrityProblem(db);
  const boundedMs = performance.now() - start;
  start = performance.now();
  const full = fullQuickCheck(db);
  const fullMs = performance.now() - start;
  console.log(
    `  run ${run}: per-table quick_check (what serve and ingest run) ${boundedMs.toFixed(0)} ms (${bounded ?? "ok"}); whole-file quick_check ${fullMs.toFixed(0)} ms (${full ?? "ok"})`,
  );
}
db.close();
