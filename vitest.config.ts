import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // why: a test timeout only catches a hang; on a busy 2-core machine (CI beside other work) a heavy but
    // healthy test can take many times its idle time, and must not fail for it.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
    // why: removes the temp directories each test file made with makeTempDir (test/support/temp-dir.ts), and
    // fails a file whose run printed one of the test credentials (test/support/watch-for-secrets.ts).
    setupFiles: ["test/support/remove-temp-dirs.ts", "test/support/watch-for-secrets.ts"],
    // why: tests start bin/brief.js, which runs dist/; this compiles it first when the sources changed.
    globalSetup: ["test/support/build-dist.ts"],
  },
});
