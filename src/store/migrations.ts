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
  return { from, to: LATEST_SCHEMA_VERSION };
}
