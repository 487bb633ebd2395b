#!/usr/bin/env node
// Compiles src/main.ts and everything it imports (src/, commands/, config/) into dist/ as plain JavaScript
// (dist/src/main.js and its chunks, and the answer workers' dist/src/app/answer-worker.js), so `brief` starts without compiling TypeScript. Run by `npm install`/`npm ci` (prepare), `npm run build`, and
// before the tests. `--if-stale` does nothing when dist/ already matches the sources.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { buildState, ENTRY, ROOT, STAMP, sourceFingerprint } from "./build-state.js";

/** esbuild comes with tsx (a dependency), so it is there in production installs too. */
async function loadEsbuild() {
  try {
    return await import("esbuild");
  } catch {
    const fromTsx = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"));
    return fromTsx("esbuild");
  }
}

/** The answer workers' code (src/dispatch/answer-pool.ts starts it), compiled beside the main entry. */
const WORKER_ENTRY = "src/app/answer-worker.ts";

/**
 * Packages compiled into dist/ with our code: zod and yaml (every command loads them) and chrono-node (the
 * extractor's date parser, 900 modules, in the extractor's lazy chunk). None has dependencies of its own.
 */
const BUNDLED_PACKAGES = /^(zod|yaml|chrono-node)(\/|$)/;

/**
 * why: hundreds of small modules cost more to find, read and link than to run. Our code (and the packages above)
 * is bundled from src/main.ts, split into chunks at each dynamic import(), so what a command loads lazily stays
 * lazy. Other packages stay external: native addons, CommonJS that requires at run time, and SDKs that load
 * only when a command needs them are resolved from node_modules as before.
 */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED_PACKAGES.test(args.path) ? undefined : { path: args.path, external: true }));
  },
};

export async function build(root = ROOT) {
  const fingerprint = sourceFingerprint(root);
  const esbuild = await loadEsbuild();
  // why: built beside dist/ and swapped in whole, so an interrupted build never leaves a half-written dist/
  const next = join(root, `dist.building-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  try {
    await esbuild.build({
      // why: a worker thread starts from a file of its own; the answer workers (src/dispatch/answer-pool.ts) run this one
      entryPoints: [ENTRY, WORKER_ENTRY].filter((entry) => existsSync(join(root, entry))).map((entry) => join(root, entry)),
      outdir: next,
      outbase: root,
      bundle: true,
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "warning",
      plugins: [externalPackages],
      // why: yaml is CommonJS and requires node builtins; in an ES module bundle, esbuild's require shim needs a require
      banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    });
    writeFileSync(join(next, STAMP), `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() })}\n`);
    rmSync(join(root, "dist"), { recursive: true, force: true });
    renameSync(next, join(root, "dist"));
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"))) {
  if (!existsSync(join(ROOT, ENTRY))) {
    // why: the Docker image installs dependencies (npm ci runs prepare) before it copies the sources
    console.error("brief: no sources here yet (src/), nothing to compile");
    process.exit(0);
  }
  if (process.argv.includes("--if-stale") && buildState() === "fresh") process.exit(0);
  const started = performance.now();
  await build();
  console.error(`brief: compiled the sources into dist/ in ${Math.round(performance.now() - started)} ms`);
}
