import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { UserError } from "../domain/errors.ts";
import { integrityProblem } from "./integrity.ts";
import { schemaVersion } from "./migrations.ts";
import { LATEST_SCHEMA_VERSION } from "./schema.ts";
import { schemaDifference } from "./schema-check.ts";

const MAGIC = "SQLite format 3\u0000";

export type CheckedBackup = { schemaVersion: number; articles: number };

/**
 * Whether `file` is a Briefbot store that can be restored: a SQLite file, sound page by page, written by
 * this version of Briefbot or an older one (older ones are migrated when next opened), with the tables the
 * store needs. Read-only: the file is never changed. Throws a UserError naming the problem.
 */
export function checkBackupFile(file: string): CheckedBackup {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`${file} does not exist or is not a file.`);
  if (!hasSqliteHeader(file)) throw new UserError(`${file} is not a SQLite database (its header is missing): it is not a Briefbot backup.`);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new UserError(`${file} cannot be opened as a SQLite database: ${(error as Error).message}`, { cause: error });
  }
  try {
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new UserError(
        `${file} was written by a newer Briefbot (schema version ${version}; this one understands up to ${LATEST_SCHEMA_VERSION}): upgrade Briefbot first.`,
      );
    }
    if (version < 1) throw new UserError(`${file} is a SQLite database but not a Briefbot store (it has no schema version).`);
    const problem = integrityProblem(db);
    if (problem !== null) throw new UserError(`${file} is damaged (${problem}): it cannot be restored.`);
    if (version === LATEST_SCHEMA_VERSION) {
      const difference = schemaDifference(db);
      if (difference !== null) throw new UserError(`${file} is not a Briefbot store as this version writes it (${difference}).`);
    }
    const articles = Number(db.prepare("SELECT count(*) FROM articles").pluck().get());
    return { schemaVersion: version, articles };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file} cannot be read as a Briefbot store: ${(error as Error).message}`, { cause: error });
  } finally {
    db.close();
  }
}

function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(file, "r");
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString("latin1") === MAGIC;
  } finally {
    closeSync(fd);
  }
}
