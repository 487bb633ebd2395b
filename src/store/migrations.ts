import type { Database } from "better-sqlite3";
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from "./schema.ts";
import { StoreError } from "./store-error.ts";

export function schemaVersion(db: Database): number {
  return Number(db.pragma("user_version", { simple: true }));
}

/** Refuses a database written by a newer Briefbot before anything touches it. */
export function assertNotNewer(version: number, path: string): void {
  if (version > LATEST_SCHEMA_VERSION) {
    throw new StoreError(
      "newer-schema",
      `${path} was written by a newer Briefbot (schema version ${version}; this one understands up to ${LATEST_SCHEMA_VERSION}). It was left untouched: upgrade Briefbot, or point DATA_DIR elsewhere.`,
    );
  }
}

/** Applies every pending migration, each in its own transaction with its version bump, so a crash leaves a known version. */
export function migrate(db: Database, path: string): { from: number; to: number } {
  const from = schemaVersion(db);
  assertNotNewer(from, path);
  for (const migration of MIGRATIONS) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  assertLayout(db, path);
  return { from, to: LATEST_SCHEMA_VERSION };
}

/**
 * A database whose version number matches but whose tables do not (written by a development build
 * before schema version 1 was settled) is refused with advice instead of failing later on a missing column.
 */
export function assertLayout(db: Database, path: string): void {
  const columns = new Set((db.pragma("table_info(articles)") as { name: string }[]).map((column) => column.name));
  if (!columns.has("n")) {
    throw new StoreError(
      "incompatible",
      `${path} has an older development layout of schema version 1. It was left untouched: move it aside and run brief ingest (or npm start, which re-seeds an empty store).`,
    );
  }
}
