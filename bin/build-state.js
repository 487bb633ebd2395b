// Whether dist/ was compiled from the sources as they are now. Plain JavaScript: it runs before anything is compiled.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** What bin/brief.js runs; compiled to dist/src/main.js. */
export const ENTRY = "src/main.ts";
/** The folders whose .ts files the build reads (src/main.ts imports from all three). */
export const SOURCE_DIRS = ["src", "commands", "config"];
export const STAMP = "build-stamp.json";

/**
 * A fingerprint of every source file's path, size and modification time, and of the build script itself.
 * why: a changed, added, removed or renamed source changes it, and it costs a few milliseconds of stat calls at
 * each start (reading and hashing every file would cost more than the start-up it protects).
 * why the lines themselves, not a hash of them: loading node:crypto cost more CPU at each start than the stat
 * calls (~15 ms), and comparing the lines is exact; the stamp file is some 20 KB.
 */
export function sourceFingerprint(root = ROOT) {
  const lines = [];
  // why: paths are joined by hand, relative to root; path.join/relative per file cost more than the stat calls
  const walk = (rel) => {
    for (const entry of readdirSync(`${root}/${rel}`, { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) {
        const stat = statSync(`${root}/${path}`);
        lines.push(`${path}\t${stat.size}\t${stat.mtimeMs}`);
      }
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(`${root}/${dir}`)) walk(dir);
  for (const script of ["bin/build.js", "bin/build-state.js"]) {
    const stat = statSync(`${root}/${script}`, { throwIfNoEntry: false });
    if (stat) lines.push(`${script}\t${stat.size}\t${stat.mtimeMs}`);
  }
  return lines.sort().join("\n");
}

/** "fresh" (dist/ matches the sources), "stale" (built from other sources) or "missing" (never built). */
export function buildState(root = ROOT) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, "dist", STAMP), "utf8"));
  } catch {
    return "missing";
  }
  return stamp?.fingerprint === sourceFingerprint(root) ? "fresh" : "stale";
}
