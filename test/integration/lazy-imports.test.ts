import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { briefEnv, finished, REPO_ROOT } from "../support/brief-child.ts";
import { makeTempDir } from "../support/temp-dir.ts";

const BRIEF = join(REPO_ROOT, "bin", "brief.js");
const TRACER = fileURLToPath(new URL("../support/trace-imports.mjs", import.meta.url));

/**
 * Runs `brief ARGS` as a real process with a module resolve hook preloaded (test/support/trace-imports.mjs)
 * and returns the packages whose modules it resolved. Every import, static or dynamic, of an ES module or of
 * a CommonJS package's entry point passes through that hook, so a package missing here was never loaded.
 * The extractor counts as the package "(extractor)": its date parser is compiled into dist/ with it (bin/build.js),
 * so it is seen by its module, src/ingest/default-ingester.ts, or that module's chunk in dist/.
 */
async function packagesLoaded(
  args: readonly string[],
  dataDir: string,
): Promise<{ packages: Set<string>; modules: Set<string>; code: number | null }> {
  const trace = join(makeTempDir("brief-trace-"), "imports.txt");
  const child = spawn(process.execPath, ["--import", TRACER, BRIEF, ...args], {
    cwd: REPO_ROOT,
    env: { ...briefEnv(dataDir), TRACE_IMPORTS_FILE: trace },
  });
  const run = await finished(child);
  const urls = readFileSync(trace, "utf8").split("\n").filter(Boolean);
  const packages = new Set(
    urls.flatMap((url) => {
      const match = url.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
      if (/\/default-ingester(\.ts|-[A-Z0-9]+\.js)$/.test(url)) return [EXTRACTOR];
      return match?.[1] ? [match[1]] : [];
    }),
  );
  // why: a hook that saw nothing would make every "not loaded" below pass; brief's own entry must be in the trace
  expect(urls.some((url) => /\/src\/main\.(ts|js)$/.test(url))).toBe(true);
  return { packages, modules: new Set(urls.map(moduleName)), code: run.code };
}

/** A module's name without folder and extension: `src/cli/who.ts` and dist's `chunks/who-G5Z5NFZZ.js` are both "who". */
function moduleName(url: string): string {
  return (url.split("/").at(-1) ?? "").replace(/(-[A-Z0-9]{8})?\.(ts|js|mjs|cjs)$/, "");
}

/** The command modules the registry imports lazily, read from its source so a new command is covered too. */
const COMMAND_MODULES = [
  ...readFileSync(join(REPO_ROOT, "src", "cli", "registry.ts"), "utf8").matchAll(/import\("\.\/([\w-]+)\.ts"\)/g),
].map((match) => match[1] ?? "");
/** Loaded by every command that runs, never by help: config schemas (zod, yaml), logger (pino), the store driver. */
const RUN_ONLY = ["better-sqlite3", "pino", "node-cron", "zod", "yaml"];
const RUN_ONLY_MODULES = ["load", "env-schema", "file-schema", "logger", "sqlite-store"];

const EXTRACTOR = "(extractor)";
const PLATFORM_SDKS = ["discord.js", "@slack/bolt", "@discordjs/rest", "@slack/web-api"];
const WEB_INGEST = ["linkedom", "@mozilla/readability"];

describe("commands load only what they use", () => {
  it("brief --help loads no platform SDK, no web-ingest stack and no extractor", async () => {
    const { packages, code } = await packagesLoaded(["--help"], makeTempDir("brief-lazy-"));
    expect(code).toBe(0);
    for (const name of [...PLATFORM_SDKS, ...WEB_INGEST, EXTRACTOR]) expect(packages.has(name), name).toBe(false);
  });

  it("brief --help imports no command module, config schema, logger or store driver; brief who --help only who's", async () => {
    expect(COMMAND_MODULES.length).toBeGreaterThan(20);
    expect(COMMAND_MODULES).toContain("who");
    const dataDir = makeTempDir("brief-lazy-");
    const help = await packagesLoaded(["--help"], dataDir);
    expect(help.code).toBe(0);
    for (const name of [...COMMAND_MODULES, ...RUN_ONLY_MODULES]) expect(help.modules.has(name), name).toBe(false);
    for (const name of RUN_ONLY) expect(help.packages.has(name), name).toBe(false);

    const whoHelp = await packagesLoaded(["who", "--help"], dataDir);
    expect(whoHelp.code).toBe(0);
    expect(whoHelp.modules.has("who")).toBe(true);
    for (const name of COMMAND_MODULES.filter((other) => other !== "who")) expect(whoHelp.modules.has(name), name).toBe(false);
    for (const name of ["better-sqlite3", "pino"]) expect(whoHelp.packages.has(name), name).toBe(false);
  });

  it("brief who loads no platform SDK nor web stack; on a filled store not the extractor either", async () => {
    const dataDir = makeTempDir("brief-lazy-");
    // the first query fills the empty store from seeds/: that one needs the extractor
    const first = await packagesLoaded(["who", "Nobody Atall"], dataDir);
    expect(first.packages.has(EXTRACTOR)).toBe(true);
    // why: better-sqlite3 is a CommonJS package imported from ESM; seeing it shows the hook records those too
    expect(first.packages.has("better-sqlite3")).toBe(true);
    const second = await packagesLoaded(["who", "Nobody Atall"], dataDir);
    for (const run of [first, second]) {
      expect(run.code).toBe(1);
      for (const name of [...PLATFORM_SDKS, ...WEB_INGEST]) expect(run.packages.has(name), name).toBe(false);
    }
    expect(second.packages.has(EXTRACTOR)).toBe(false);

    // serve without platform tokens (the terminal path) loads neither SDK, nor the metrics library when nothing serves metrics
    const served = await packagesLoaded(["serve", "--once", "/brief help"], dataDir);
    expect(served.code).toBe(0);
    for (const name of [...PLATFORM_SDKS, ...WEB_INGEST, EXTRACTOR, "prom-client"]) expect(served.packages.has(name), name).toBe(false);
  });
});
