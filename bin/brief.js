#!/usr/bin/env node
// why: the source is erasable TypeScript. Node 24 strips types natively; Node 20 needs tsx's loader.
if (!process.features?.typescript) {
  const { register } = await import("tsx/esm/api");
  register();
}
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
// why: main() has stopped everything it started and closed the store; a stray keep-alive socket or a
// library's retry timer must not hold the process open for seconds after that. The timer is unref'd, so a
// process with nothing left exits at once, as before.
setTimeout(() => process.exit(), 2000).unref();
