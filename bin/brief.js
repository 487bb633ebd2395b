#!/usr/bin/env node
// why: the source is erasable TypeScript. Node 24 strips types natively; Node 20 needs tsx's loader.
if (!process.features?.typescript) {
  const { register } = await import("tsx/esm/api");
  register();
}
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
