import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { integrityProblem } from "./integrity.ts";
import { assertLayout, assertNotNewer, migrate, schemaVersion } from "./migrations.ts";
import { LATEST_SCHEMA_VERSION } from "./schema.ts";
import { schemaDifference } from "./schema-check.ts";
import { damagedStoreError, explainStoreError, isDamage } from "./store-error.ts";

const MAGIC = "SQLite format 3\u0000";

/**
 * Opens (creating if needed) the database at `path`, or `:memory:`. An existing file is checked
 * read-only first (header, schema version, and the integrity check when it looks cut short) so a damaged or
 * newer file is reported and never written to; only then is it opened for writing, switched to WAL and migrated.
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
    const { from } = migrate(db, path);
    if (from < LATEST_SCHEMA_VERSION && path !== ":memory:") assertSchemaIntact(db, path);
    return db;
  } catch (error) {
    db.close();
    throw explainStoreError(error, path, "opening the database");
  }
}

/**
 * Header check, then the schema version and catalogue read through a read-only connection. A main file shorter
 * than its header says is not refused on its size: in WAL mode the newest pages live in the -wal file until a
 * checkpoint, and a checkpoint cut short (a full disk) leaves exactly that, with every byte of data intact in
 * the WAL. SQLite reads through the WAL, so the file is accepted when SQLite can open it and it passes the
 * integrity check; only a file that fails it is refused.
 */
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
    throw damagedStoreError(path, "not a SQLite database: its header is missing or overwritten", "opening it");
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const size = statSync(path).size;
  const looksShort = pageSize < 512 || size % pageSize !== 0 || pageCount * pageSize > size;
  // why: looked at before opening, which may create an empty -wal file
  const walBytes = existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
  const readOnly = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    if (looksShort) {
      const problem = problemOf(readOnly);
      if (problem !== null) {
        const wal = walBytes > 0 ? "" : ", and no -wal file holds the rest";
        throw damagedStoreError(
          path,
          `truncated: ${size} bytes where its header says ${pageCount} pages of ${pageSize}${wal}; ${problem}`,
          "opening it",
        );
      }
    }
    const version = schemaVersion(readOnly);
    assertNotNewer(version, path);
    if (version >= 1) assertLayout(readOnly, path);
    if (version === LATEST_SCHEMA_VERSION) assertSchemaIntact(readOnly, path);
    // why: a full check of a sound-looking file is left to serve start and ingest (integrity.ts); damage inside
    // pages surfaces as SQLITE_CORRUPT on first read, which the store reports with the same advice.
    readOnly.prepare("SELECT count(*) FROM sqlite_schema").get();
  } finally {
    readOnly.close();
  }
}

/**
 * A second, read-only connection to a store another connection has already opened, checked and migrated (the
 * answer workers, src/app/answer-worker.ts). why: WAL lets readers run beside the writer; this connection can
 * never write, so nothing it runs can change the store, and it refuses a file at another schema version.
 */
export function openDatabaseReadOnly(path: string): Database {
  try {
    const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    try {
      db.pragma("busy_timeout = 5000");
      const version = schemaVersion(db);
      if (version !== LATEST_SCHEMA_VERSION) {
        throw new Error(`${path} is at schema version ${version}, not ${LATEST_SCHEMA_VERSION}; open it for writing first (it migrates)`);
      }
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    throw explainStoreError(error, path, "opening the database read-only");
  }
}

/** Refuses a file whose table definitions are not the ones the migrations wrote (schema-check.ts). */
function assertSchemaIntact(db: Database, path: string): void {
  const difference = schemaDifference(db);
  if (difference !== null) throw damagedStoreError(path, difference, "opening it");
}

/** The integrity check's first problem, with a damaged page met while checking counted as one. */
function problemOf(db: Database): string | null {
  try {
    return integrityProblem(db);
  } catch (error) {
    if (isDamage(error)) return String((error as { code?: unknown }).code ?? "unreadable");
    throw error;
  }
}
