// Runs every benchmark one after another, each in its own process (so one's memory does not skew the next).
import { spawnSync } from "node:child_process";

const BENCHES = ["extract", "store", "ask", "slack", "discord"] as const;
let failed = 0;
for (const name of BENCHES) {
  process.stdout.write(`\n=== bench:${name} ===\n`);
  const run = spawnSync(process.execPath, ["bin/run-ts.js", `bench/${name}.ts`], { stdio: "inherit" });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
