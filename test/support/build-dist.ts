import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Vitest global setup: compiles dist/ once before any test file runs, when the sources changed since the last
 * build. why: many tests start `node bin/brief.js`; with a stale dist/ each would run the sources the slow
 * way and print the stale-build notice, and building once here keeps the test workers from racing to build.
 */
export default function setup(): void {
  const build = fileURLToPath(new URL("../../bin/build.js", import.meta.url));
  const result = spawnSync(process.execPath, [build, "--if-stale"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`bin/build.js --if-stale failed (exit ${result.status})`);
}
