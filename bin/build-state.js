// Whether dist/ was compiled from the sources as they are now. Plain JavaScript: it runs before anything is compiled.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The folders compiled into dist/ (each .ts file, at the same relative path, as .js). */
export const SOURCE_DIRS = ["src", "commands", "config"];
export const STAMP = "build-stamp.json";

/**
 * A fingerprint of every source file's path, size and modification time, and of the build script itself.
 * why: a changed, added, removed or renamed source changes it, and it costs a few milliseconds of stat calls at
 * each start (reading and hashing every file would cost more than the start-up it protects).
 */
export function sourceFingerprint(root = ROOT) {
  const lines = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        const stat = statSync(full);
        lines.push(`${relative(root, full)}\t${stat.size}\t${stat.mtimeMs}`);
      }
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const script of ["bin/build.js", "bin/build-state.js"]) {
    const path = join(root, script);
    if (existsSync(path)) {
      const stat = statSync(path);
      lines.push(`${script}\t${stat.size}\t${stat.mtimeMs}`);
    }
  }
  return createHash("sha256").update(lines.sort().join("\n")).digest("hex");
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
