import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { assertLayout, assertNotNewer, migrate, schemaVersion } from "./migrations.ts";
import { explainStoreError, StoreError } from "./store-error.ts";

const MAGIC = "SQLite format 3\u0000";

/**
 * Opens (creating if needed) the database at `path`, or `:memory:`. An existing file is checked
 * read-only first (header, size, schema version) so a damaged or newer file is reported and never
 * written to; only then is it opened for writing, switched to WAL and migrated.
 */
export function openDatabase(path: string): Database {
  if (path === ":memory:") return configure(new BetterSqlite3(":memory:"), path);
  try {
    if (existsSync(path) && statSync(path).size > 0) inspectExisting(path);
    else mkdirSync(dirname(path), { recursive: true });
    return configure(new BetterSqlite3(path), path);
  } catch (error) {
    throw explainStoreError(error, path, "opening the database");
  }
}

function configure(db: Database, path: string): Database {
  try {
    db.pragma("foreign_keys = ON");
    if (path !== ":memory:") db.pragma("journal_mode = WAL");
    // why: WAL + NORMAL is durable against application crashes and much faster per transaction than FULL.
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    migrate(db, path);
    return db;
  } catch (error) {
    db.close();
    throw explainStoreError(error, path, "opening the database");
  }
}

/** Header and size checks, then the schema version and catalogue read through a read-only connection. */
function inspectExisting(path: string): void {
  const header = Buffer.alloc(100);
  const fd = openSync(path, "r");
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString("latin1", 0, 16) !== MAGIC) {
    throw new StoreError(
      "corrupt",
      `${path} is not a SQLite database (bad header). It was left untouched: move it aside or restore a backup.`,
    );
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const size = statSync(path).size;
  // why: in WAL mode new pages live in the -wal file until a checkpoint, so the main file can only be
  // shorter than its header claims when it was cut off (a truncated copy or a failed disk).
  if (pageSize < 512 || size % pageSize !== 0 || pageCount * pageSize > size) {
    throw new StoreError(
      "corrupt",
      `${path} is truncated (${size} bytes; its header says ${pageCount} pages of ${pageSize}). It was left untouched: restore a backup or move it aside.`,
    );
  }
  const readOnly = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const version = schemaVersion(readOnly);
    assertNotNewer(version, path);
    if (version >= 1) assertLayout(readOnly, path);
    // why: a full quick_check takes seconds on a large store; damage inside pages surfaces as
    // SQLITE_CORRUPT on first read, which explainStoreError reports with the same advice.
    readOnly.prepare("SELECT count(*) FROM sqlite_schema").get();
  } finally {
    readOnly.close();
  }
}
