import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";

const ROOT = new URL("../../../commands/", import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

const imports = (source: string) => [...source.matchAll(/from\s+["']([^"']+)["']/g)].map((match) => match[1] ?? "");

describe("commands/ stays platform-neutral", () => {
  it.each(files(ROOT).map((file) => [file.slice(ROOT.length), file]))(
    "%s imports no platform SDK, adapter or database driver",
    (_name, file) => {
      const bad = imports(readFileSync(file, "utf8")).filter((spec) =>
        /^(@slack\/|discord\.js|discord-api-types|better-sqlite3|node:sqlite)|\/adapters\/|\/store\/sqlite/.test(spec),
      );
      expect(bad).toEqual([]);
    },
  );

  it("every command file at the top level is in the registry", () => {
    const names = readdirSync(ROOT).filter((name) => name.endsWith(".ts") && name !== "index.ts");
    const registered = new Set(COMMANDS.map((command) => command.name));
    const unregistered = names.map((name) => name.replace(/\.ts$/, "")).filter((name) => !registered.has(name));
    expect(unregistered).toEqual([]);
  });
});
