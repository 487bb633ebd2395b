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
async function packagesLoaded(args: readonly string[], dataDir: string): Promise<{ packages: Set<string>; code: number | null }> {
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
  return { packages, code: run.code };
}

const EXTRACTOR = "(extractor)";
const PLATFORM_SDKS = ["discord.js", "@slack/bolt", "@discordjs/rest", "@slack/web-api"];
const WEB_INGEST = ["linkedom", "@mozilla/readability"];

describe("commands load only what they use", () => {
  it("brief --help loads no platform SDK, no web-ingest stack and no extractor", async () => {
    const { packages, code } = await packagesLoaded(["--help"], makeTempDir("brief-lazy-"));
    expect(code).toBe(0);
    for (const name of [...PLATFORM_SDKS, ...WEB_INGEST, EXTRACTOR]) expect(packages.has(name), name).toBe(false);
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

    // serve without platform tokens (the terminal path) loads neither SDK
    const served = await packagesLoaded(["serve", "--once", "/brief help"], dataDir);
    expect(served.code).toBe(0);
    for (const name of [...PLATFORM_SDKS, ...WEB_INGEST, EXTRACTOR]) expect(served.packages.has(name), name).toBe(false);
  });
});
