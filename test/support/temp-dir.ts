import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/**
 * A fresh directory in the system temp folder, named `prefix…`, removed after the test file's tests
 * (test/support/remove-temp-dirs.ts, a vitest setup file, calls removeTempDirs in afterAll).
 * why: a run of `npm test` used to leave about 80 directories behind.
 */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
