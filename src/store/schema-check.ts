import BetterSqlite3, { type Database } from "better-sqlite3";
import { MIGRATIONS } from "./schema.ts";

type SchemaEntry = { type: string; name: string; tbl_name: string; sql: string | null };

/** The tables FTS5 creates for each full-text table. */
const SHADOW_SUFFIXES = ["data", "idx", "docsize", "config", "content"];
const CATALOGUE = "SELECT type, name, tbl_name, sql FROM sqlite_schema";
let expected: Map<string, string> | undefined;

// why: quoting and spacing in stored definitions may differ between SQLite versions that ran the same migration
const normalise = (entry: SchemaEntry) =>
  `${entry.type} ${entry.tbl_name} ${(entry.sql ?? "")
    .replace(/["'`\s]+/g, " ")
    .trim()
    .toLowerCase()}`;

/** Every table, index, trigger and full-text table the migrations create, from an in-memory database built once. */
function expectedCatalogue(): Map<string, string> {
  if (expected) return expected;
  const db = new BetterSqlite3(":memory:");
  try {
    for (const migration of MIGRATIONS) db.exec(migration.sql);
    const entries = db.prepare(CATALOGUE).all() as SchemaEntry[];
    // why: FTS5 writes its shadow tables' definitions itself, and a newer SQLite may write them differently; their
    // pages are still covered by the integrity check, and damage in them fails the full-text query that reads it
    const shadows = new Set(
      entries
        .filter((entry) => entry.sql?.startsWith("CREATE VIRTUAL TABLE"))
        .flatMap((entry) => SHADOW_SUFFIXES.map((suffix) => `${entry.name}_${suffix}`)),
    );
    const own = entries.filter((entry) => !(entry.type === "table" && shadows.has(entry.name)));
    expected = new Map(own.map((entry) => [entry.name, normalise(entry)]));
  } finally {
    db.close();
  }
  return expected;
}

/**
 * Compares the file's table definitions with what the migrations create: a definition that differs (a byte
 * changed in the text SQLite keeps them as) would make Briefbot's statements fail, or its triggers misbehave,
 * in ways no page check sees. Objects someone added by hand are ignored. Returns the first difference, or null.
 * Only meaningful for a file at the latest schema version.
 */
export function schemaDifference(db: Database): string | null {
  const found = new Map((db.prepare(CATALOGUE).all() as SchemaEntry[]).map((entry) => [entry.name, normalise(entry)]));
  for (const [name, definition] of expectedCatalogue()) {
    const actual = found.get(name);
    if (actual === undefined) return `its definition of ${name} is missing`;
    if (actual !== definition) return `its definition of ${name} was changed`;
  }
  return null;
}
