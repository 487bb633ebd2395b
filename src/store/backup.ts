import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { UserError } from "../domain/errors.ts";
import { checkBackupFile } from "./backup-check.ts";
import { explainStoreError } from "./store-error.ts";

export type BackupResult = { file: string; bytes: number; articles: number; schemaVersion: number };

/**
 * Copies the live store at `storeFile` into `target` with SQLite's online backup API, while the bot keeps
 * reading and writing it. The copy is made in one backup step under one read transaction, so it is a
 * consistent snapshot even while an ingest commits (WAL lets writers go on meanwhile); stepping in small
 * batches would restart on every commit from another connection and might never finish under load.
 * The copy is written beside the target, checked (integrity, schema), and only then renamed into place, so
 * a backup cut short never leaves a file that looks whole.
 */
export async function backupStore(storeFile: string, target: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  const file = resolve(target);
  if (!existsSync(storeFile)) throw new UserError(`There is no store at ${storeFile} to back up (is DATA_DIR right?).`);
  if (file === resolve(storeFile)) throw new UserError("The backup file must not be the store itself: name another file.");
  if (existsSync(file) && !options.force) throw new UserError(`${file} already exists: name a new file, or pass --force to replace it.`);
  if (!existsSync(dirname(file))) throw new UserError(`The folder ${dirname(file)} does not exist: create it first.`);
  const partial = `${file}.partial-${process.pid}`;
  const source = openReadOnly(storeFile);
  try {
    // why: every page in one step (see above); the first transfer of better-sqlite3 copies nothing, the next all.
    await source.backup(partial, { progress: () => 0x7fffffff });
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
    throw explainStoreError(error, storeFile, "backing it up");
  } finally {
    source.close();
  }
  try {
    selfContained(partial);
    const checked = checkBackupFile(partial);
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, articles: checked.articles, schemaVersion: checked.schemaVersion };
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
  }
}

/**
 * A copy of a WAL-mode store is in WAL mode too, and would grow -wal and -shm files beside it when opened.
 * Switching it to a rollback journal makes the backup one file that can be copied, mailed or checked alone.
 */
function selfContained(path: string): void {
  const db = new BetterSqlite3(path, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
}

function openReadOnly(path: string): BetterSqlite3.Database {
  try {
    const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    return db;
  } catch (error) {
    throw explainStoreError(error, path, "opening it for a backup");
  }
}
