import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { UserError } from "../domain/errors.ts";
import { type CheckedBackup, checkBackupFile } from "./backup-check.ts";

export type RestoreResult = CheckedBackup & { keptAside: string | null };

const SIDE_FILES = ["", "-wal", "-shm"] as const;

/**
 * Replaces the store at `storeFile` by the backup `backupFile`. The backup is checked first (it must be a
 * sound Briefbot store this version can open); the store must not be open in any other process (a running
 * `brief serve` or ingest); the old store, with its -wal and -shm files, is kept aside under a dated name
 * and put back if the copy fails. Nothing is deleted.
 */
export function restoreStore(backupFile: string, storeFile: string, now: Date): RestoreResult {
  const source = resolve(backupFile);
  if (source === resolve(storeFile)) throw new UserError("That file is the store itself: name a backup file.");
  const checked = checkBackupFile(source);
  let keptAside: string | null = null;
  if (existsSync(storeFile)) {
    assertNotInUse(storeFile);
    keptAside = `${storeFile}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    moveStore(storeFile, keptAside);
  }
  const partial = `${storeFile}.restoring-${process.pid}`;
  try {
    copyFileSync(source, partial);
    renameSync(partial, storeFile);
  } catch (error) {
    rmSync(partial, { force: true });
    if (keptAside !== null) moveStore(keptAside, storeFile);
    throw new UserError(`Copying ${source} into place failed (${(error as Error).message}); the old store was put back.`, {
      cause: error,
    });
  }
  return { ...checked, keptAside };
}

/**
 * Refuses when another connection has the store open. In WAL mode every open connection holds a shared
 * lock on the file for as long as it is open, so an exclusive lock taken without waiting fails exactly
 * when another process (an idle `brief serve` included) has it open. Closing this probe also checkpoints
 * the WAL into the main file, so the copy kept aside is whole.
 */
function assertNotInUse(storeFile: string): void {
  const db = new BetterSqlite3(storeFile, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT;");
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? "");
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      throw new UserError(
        `The store ${storeFile} is in use by another process (a running brief serve or ingest): stop it, then restore. Nothing was changed.`,
      );
    }
    throw new UserError(`The store ${storeFile} cannot be opened to check that it is not in use: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    db.close();
  }
}

function moveStore(from: string, to: string): void {
  for (const suffix of SIDE_FILES) if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
}
