// Starts a TypeScript module as a worker thread on Node 20 and 24 alike: the module is workerData.tsEntry (a
// file URL). why: Node 20's workers do not inherit the parent's tsx loader, so each registers its own; the
// compiled dist/ needs none of this (its workers are plain JavaScript).
import { workerData } from "node:worker_threads";

if (!process.features?.typescript) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import(workerData.tsEntry);
