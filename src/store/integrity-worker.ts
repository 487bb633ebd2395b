/**
 * The start-up integrity check (integrity.ts) on a worker thread, over a read-only connection of its own; started
 * by integrity-off-thread.ts. Posts `{ problem }` (null when the file is sound) and ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import BetterSqlite3 from "better-sqlite3";
import { integrityProblem } from "./integrity.ts";
import { isDamage } from "./store-error.ts";

const { path } = workerData as { path: string };
let problem: string | null;
try {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    problem = integrityProblem(db);
  } finally {
    db.close();
  }
} catch (error) {
  // why: a file too damaged to open or walk is the check's answer; anything else is left to the caller's own check
  if (!isDamage(error)) throw error;
  problem = `unreadable (${String((error as { code?: unknown }).code)})`;
}
parentPort?.postMessage({ problem });
