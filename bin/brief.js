#!/usr/bin/env node
import { buildState } from "./build-state.js";

// why: compiling TypeScript at every start cost seconds of CPU on Node 20, so `npm install` compiles once into
// dist/ (bin/build.js). A dist/ that does not match the sources is never run: the sources run instead
// (Node 24 strips types natively, Node 20 needs tsx's loader), with a notice saying how to get the fast start back.
const state = buildState();
let entry;
if (state === "fresh") {
  entry = await import("../dist/src/main.js");
} else {
  const why = state === "missing" ? "dist/ has not been built" : "dist/ is older than the sources";
  process.stderr.write(`brief: ${why}; running the TypeScript sources (slower start). Run: npm run build\n`);
  if (!process.features?.typescript) {
    const { register } = await import("tsx/esm/api");
    register();
  }
  entry = await import("../src/main.ts");
}
process.exitCode = await entry.main(process.argv.slice(2));
// why: main() has stopped everything it started and closed the store; a stray keep-alive socket or a
// library's retry timer must not hold the process open for seconds after that. The timer is unref'd, so a
// process with nothing left exits at once, as before.
setTimeout(() => process.exit(), 2000).unref();
