import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, type SourceFile, sourceFiles } from "../support/source-tree.ts";

const PORTS_DIR = "src/store/ports";
const WHOLE_STORE = "src/store/fact-store.ts";
/** The types the ports return, beside them: stored facts as camelCase domain types. */
const PORT_TYPES = ["src/store/fact-types.ts"];
/** SQLite's row schemas: what its SQL returns, checked. */
const SQLITE_ROWS = "src/store/rows.ts";

/**
 * Each port module and modules that must depend on it (not on the whole store). why: the split is the seam a
 * second store implements; a consumer that drifts back to `FactStore` would make that store implement everything.
 */
const CONSUMERS: Record<string, readonly string[]> = {
  "fact-writer.ts": [
    "src/ingest/ingest-article.ts",
    "src/ingest/default-ingester.ts",
    "src/ingest/reextract.ts",
    "src/sources/live-poller.ts",
  ],
  "fact-reader.ts": [
    "src/query/create-query-engine.ts",
    "src/query/topic-brief.ts",
    "src/query/who-said.ts",
    "src/query/on-date.ts",
    "src/query/entity-profile.ts",
    "src/query/search.ts",
    "src/query/listings.ts",
    "src/query/name-resolver.ts",
    "src/digest/content.ts",
    "src/digest/prepare-digest.ts",
    "src/ingest/seed-store.ts",
    "src/ingest/web/stored-article.ts",
    "src/sources/poll-source.ts",
    "src/query/ask/ask.ts",
    "src/query/ask/asker.ts",
    "src/query/ask/retrieve.ts",
    "src/query/ask/resolve-context.ts",
    "src/query/ask/pronoun-gender.ts",
    "src/threads/store-thread-registry.ts",
  ],
  "thread-store.ts": [
    "src/digest/digest-thread.ts",
    "src/digest/deliver-slot.ts",
    "src/ingest/recover.ts",
    "src/query/ask/asker.ts",
    "src/query/ask/thread-memory.ts",
    "src/threads/store-thread-registry.ts",
  ],
  "subscription-store.ts": ["src/digest/digest-service.ts", "src/digest/digest-runner.ts", "src/ingest/recover.ts"],
  "delivery-ledger.ts": [
    "src/digest/deliver-slot.ts",
    "src/digest/window.ts",
    "src/digest/pause.ts",
    "src/digest/digest-status.ts",
    "src/digest/prepare-digest.ts",
    "src/digest/digest-service.ts",
    "src/ingest/recover.ts",
  ],
  "followed-sources.ts": [
    "src/sources/sync-config.ts",
    "src/sources/source-service.ts",
    "src/sources/poll-source.ts",
    "src/sources/source-state.ts",
    "src/ingest/recover.ts",
  ],
};

/** Modules that hold the whole store by design: the composition root, and CLI commands that do many things. */
const COMPOSITION_ROOT = (path: string) => path === "src/main.ts" || path === "src/app/services.ts" || path.startsWith("src/cli/");

/**
 * Modules outside the composition root that still take the whole store, each with why. An entry that no longer
 * imports it fails, so the list only shrinks. Do not add to it: take the narrowest port (src/store/ports) instead.
 */
const STILL_WHOLE: readonly string[] = [];

const imports = (file: SourceFile, target: string) => file.imports.some((imp) => imp.resolved === target);

describe("store ports", () => {
  const app = [...sourceFiles("src"), ...sourceFiles("commands")];
  const byPath = new Map(app.map((file) => [file.path, file]));
  const portFiles = readdirSync(join(ROOT, PORTS_DIR)).filter((name) => name.endsWith(".ts"));

  it("every port module is listed with its consumers, and every listed one exists", () => {
    expect(portFiles.sort()).toEqual(Object.keys(CONSUMERS).sort());
    const listed = [...new Set(Object.values(CONSUMERS).flat()), ...STILL_WHOLE];
    expect(listed.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it.each(Object.entries(CONSUMERS))("%s is imported by its consumers", (port, consumers) => {
    const target = `${PORTS_DIR}/${port}`;
    expect(consumers.filter((path) => !imports(byPath.get(path) as SourceFile, target))).toEqual([]);
  });

  it("port modules and their types import no driver and no SQLite module: a second store implements them as they are", () => {
    const portTypes = app.filter((file) => PORT_TYPES.includes(file.path));
    expect(portTypes.map((file) => file.path)).toEqual(PORT_TYPES);
    const bad = [...sourceFiles(PORTS_DIR), ...portTypes].flatMap((file) =>
      file.imports
        .filter(
          (imp) =>
            imp.specifier === "better-sqlite3" ||
            /^src\/store\/(sqlite-|read-|write-|source-ledger|open-database)/.test(imp.resolved ?? ""),
        )
        .map((imp) => `${file.path} imports ${imp.specifier}`),
    );
    expect(bad).toEqual([]);
  });

  it("only the SQLite store reads its rows (rows.ts): everyone else sees the port's camelCase types", () => {
    const readers = app.filter((file) => !file.path.startsWith("src/store/") && imports(file, SQLITE_ROWS)).map((file) => file.path);
    expect(readers).toEqual([]);
  });

  it("only src/store, the composition root and the listed modules take the whole FactStore", () => {
    const whole = app
      .filter((file) => !file.path.startsWith("src/store/") && !COMPOSITION_ROOT(file.path) && imports(file, WHOLE_STORE))
      .map((file) => file.path)
      .sort();
    expect({ new: whole.filter((path) => !STILL_WHOLE.includes(path)), gone: STILL_WHOLE.filter((path) => !whole.includes(path)) }).toEqual(
      {
        new: [],
        gone: [],
      },
    );
  });
});
