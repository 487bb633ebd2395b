import type { Database } from "better-sqlite3";
import { isDamage } from "./store-error.ts";

/**
 * A bounded integrity check: SQLite's `quick_check` of every ordinary table with its indexes (which includes
 * the full-text indexes' own shadow tables), one table at a time. It walks every b-tree page, so a zeroed or
 * scrambled page is found, but it skips the whole-file `quick_check`'s cross-check of each FTS5 index against
 * its content, which costs about three times as much (bench/integrity.ts and bench:store print both). Returns null when the file is sound,
 * else the first problem found.
 */
export function integrityProblem(db: Database): string | null {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage")
    .pluck()
    .all() as string[];
  for (const table of ["sqlite_schema", ...tables]) {
    let problem: string | null;
    try {
      problem = firstProblem(
        db
          .prepare(`PRAGMA quick_check("${table.replace(/"/g, '""')}")`)
          .pluck()
          .all() as string[],
      );
    } catch (error) {
      // why: a page too damaged to check at all is the check's answer, named by its table
      if (!isDamage(error)) throw error;
      problem = `unreadable (${String((error as { code?: unknown }).code)})`;
    }
    if (problem !== null) return `${table}: ${problem}`;
  }
  return null;
}

/** The whole-file check, for comparison in the benchmark: every page, the free list and every FTS5 index against its content. */
export function fullQuickCheck(db: Database): string | null {
  return firstProblem(db.prepare("PRAGMA quick_check").pluck().all() as string[]);
}

/** The first line of a check's report that is a problem, on one line ("*** in database main ***" headers dropped). */
function firstProblem(report: readonly string[]): string | null {
  const lines = report.flatMap((row) => row.split("\n")).map((line) => line.trim());
  return lines.find((line) => line !== "ok" && line !== "" && !line.startsWith("*** in database")) ?? null;
}
