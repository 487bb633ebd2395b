import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importCircles } from "../support/import-circles.ts";
import { ROOT, type SourceFile, sourceFiles } from "../support/source-tree.ts";

const PLATFORM_SDKS = /^(@slack\/|discord\.js$|@discordjs\/|better-sqlite3$|node-cron$)/;
const IO_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|http2|child_process|dgram|worker_threads|readline)$/;

/** Every folder and file the rules below name: a rule about a path that does not exist passes without checking anything. */
const NAMED_PATHS = [
  "commands",
  "commands/index.ts",
  "config",
  "src",
  "src/adapters",
  "src/corroborate",
  "src/domain",
  "src/extract",
  "src/query",
  "src/render",
  "src/text",
  "src/main.ts",
  "src/store/sqlite-store.ts",
];

function violations(files: SourceFile[], bad: (specifier: string, resolved: string | null) => boolean): string[] {
  return files.flatMap((file) =>
    file.imports.filter((imp) => !imp.typeOnly && bad(imp.specifier, imp.resolved)).map((imp) => `${file.path} imports ${imp.specifier}`),
  );
}

describe("architecture boundaries", () => {
  it("every folder and file a rule names exists", () => {
    expect(NAMED_PATHS.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  it("no import circles (type-only imports count)", () => {
    const files = ["src", "commands", "config", "bench", "test"].flatMap((dir) => sourceFiles(dir));
    expect(importCircles(files).map((circle) => circle.join(" → "))).toEqual([]);
  });

  it("commands/ import no platform SDK, adapter or database driver", () => {
    const bad = violations(
      sourceFiles("commands"),
      (spec, resolved) =>
        PLATFORM_SDKS.test(spec) || Boolean(resolved?.startsWith("src/adapters")) || resolved === "src/store/sqlite-store.ts",
    );
    expect(bad).toEqual([]);
  });

  it("src/dispatch, the command contract, imports no command, platform SDK, adapter or database driver", () => {
    const bad = violations(
      sourceFiles("src/dispatch"),
      (spec, resolved) =>
        PLATFORM_SDKS.test(spec) ||
        /^discord-api-types/.test(spec) ||
        Boolean(resolved?.startsWith("commands/") || resolved?.startsWith("src/adapters") || resolved?.startsWith("src/store/sqlite")),
    );
    const typeOnly = sourceFiles("src/dispatch").flatMap((file) =>
      file.imports.filter((imp) => imp.resolved?.startsWith("commands/")).map((imp) => `${file.path} imports ${imp.specifier}`),
    );
    expect([...bad, ...typeOnly]).toEqual([]);
  });

  it("in src/, only the composition roots import commands/ (the contract lives in src/dispatch)", () => {
    // why: the answer worker is a composition root of its own: a worker thread builds its dispatcher from COMMANDS.
    const roots = new Set(["src/app/services.ts", "src/app/answer-worker.ts", "src/cli/discord.ts"]);
    // why: a `brief` verb that is also a chat command is an entry point main.ts loads by itself; it reads its words
    // by that one command's definition (never the registry, so `brief who --help` loads no other command).
    const verbs = (path: string) => /^src\/cli\/[\w-]+\.ts$/.test(path);
    const importers = sourceFiles("src")
      .filter((file) => file.imports.some((imp) => imp.resolved?.startsWith("commands/")))
      .map((file) => file.path)
      .filter((path) => !roots.has(path) && !verbs(path));
    expect(importers).toEqual([]);
  });

  it.each(["src/extract", "src/query", "src/render"])("%s does no I/O and imports no platform runtime", (dir) => {
    const files = sourceFiles(dir);
    const bad = violations(files, (spec) => PLATFORM_SDKS.test(spec) || IO_MODULES.test(spec));
    expect(bad).toEqual([]);
  });

  it("src/corroborate is pure: it imports only itself, src/domain, src/text and zod (type-only imports too)", () => {
    const allowed = (spec: string, resolved: string | null) =>
      resolved === null ? spec === "zod" : ["src/corroborate/", "src/domain/", "src/text/"].some((dir) => resolved.startsWith(dir));
    const bad = sourceFiles("src/corroborate").flatMap((file) =>
      file.imports.filter((imp) => !allowed(imp.specifier, imp.resolved)).map((imp) => `${file.path} imports ${imp.specifier}`),
    );
    expect(bad).toEqual([]);
  });

  it("only src/main.ts imports adapters", () => {
    const files = [...sourceFiles("src"), ...sourceFiles("commands"), ...sourceFiles("config")].filter(
      (file) => !file.path.startsWith("src/adapters/"),
    );
    const bad = violations(files, (_spec, resolved) => Boolean(resolved?.startsWith("src/adapters"))).filter(
      (line) => !line.startsWith("src/main.ts "),
    );
    expect(bad).toEqual([]);
  });

  it("config/ is a leaf: it imports nothing from src/", () => {
    const bad = violations(sourceFiles("config"), (_spec, resolved) =>
      Boolean(resolved?.startsWith("src/") || resolved?.startsWith("commands/")),
    );
    expect(bad).toEqual([]);
  });

  it("nothing but src/main.ts reads process.env", () => {
    const files = [...sourceFiles("src"), ...sourceFiles("commands"), ...sourceFiles("config")];
    const readers = files.filter((file) => file.path !== "src/main.ts" && /process\.env\b/.test(file.text)).map((file) => file.path);
    expect(readers).toEqual([]);
  });

  it("every command file in commands/ is listed in the registry", () => {
    const registry = sourceFiles("commands").find((file) => file.path === join("commands", "index.ts"));
    const imported = new Set(registry?.imports.map((imp) => imp.resolved));
    const commandFiles = readdirSync(join(ROOT, "commands")).filter((name) => name.endsWith(".ts") && name !== "index.ts");
    const missing = commandFiles.map((name) => join("commands", name)).filter((path) => !imported.has(path));
    expect(missing).toEqual([]);
  });
});
