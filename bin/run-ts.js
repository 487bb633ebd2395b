#!/usr/bin/env node
import { resolve } from "node:path";
// Runs a TypeScript script (benchmarks, measurement scripts) on Node 20 and 24 alike.
import { pathToFileURL } from "node:url";

if (!process.features?.typescript) {
  const { register } = await import("tsx/esm/api");
  register();
}
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error("usage: run-ts.js SCRIPT.ts [args…]");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...rest];
await import(pathToFileURL(resolve(script)).href);
