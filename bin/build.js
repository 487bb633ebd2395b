#!/usr/bin/env node
// Compiles src/, commands/ and config/ into dist/ as plain JavaScript (one .js per .ts, same relative paths), so
// `brief` starts without compiling TypeScript. Run by `npm install`/`npm ci` (prepare), `npm run build`, and
// before the tests. `--if-stale` does nothing when dist/ already matches the sources.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { buildState, ROOT, SOURCE_DIRS, STAMP, sourceFingerprint } from "./build-state.js";

/** esbuild comes with tsx (a dependency), so it is there in production installs too. */
async function loadEsbuild() {
  try {
    return await import("esbuild");
  } catch {
    const fromTsx = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"));
    return fromTsx("esbuild");
  }
}

function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));
  return files;
}

/**
 * why: esbuild only rewrites import paths when bundling; every import is marked external (nothing is bundled)
 * and a relative `./x.ts` becomes `./x.js`, so each output file imports its neighbours in dist/ exactly as the
 * source imports its neighbours, and dynamic import() stays lazy.
 */
const keepImportsSeparate = {
  name: "keep-imports-separate",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      if (args.path.startsWith(".")) return { path: args.path.replace(/\.ts$/, ".js"), external: true };
      return { path: args.path, external: true };
    });
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
      entryPoints: sourceFiles(root),
      outdir: next,
      outbase: root,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "warning",
      plugins: [keepImportsSeparate],
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
  if (!SOURCE_DIRS.some((dir) => existsSync(join(ROOT, dir)))) {
    // why: the Docker image installs dependencies (npm ci runs prepare) before it copies the sources
    console.error("brief: no sources here yet (src/), nothing to compile");
    process.exit(0);
  }
  if (process.argv.includes("--if-stale") && buildState() === "fresh") process.exit(0);
  const started = performance.now();
  await build();
  console.error(`brief: compiled the sources into dist/ in ${Math.round(performance.now() - started)} ms`);
}
