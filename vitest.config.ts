import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    pool: "forks",
    // why: removes the temp directories each test file made with makeTempDir (test/support/temp-dir.ts).
    setupFiles: ["test/support/remove-temp-dirs.ts"],
  },
});
