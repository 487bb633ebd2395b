import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../../config/package-root.ts";

/**
 * A worker thread's code as this process runs it: `source` is its path from the package root without extension
 * (`src/dispatch/answer-worker`). why: `brief` runs compiled JavaScript from dist/ (bin/build.js compiles each
 * worker as an entry of its own, dist/src/…/x.js), while tests, benchmarks and a stale build run the TypeScript
 * sources; a module bundled into a chunk cannot find its sibling by a relative URL.
 */
export function workerUrl(source: string, from: string = import.meta.url): URL {
  const compiled = !from.endsWith(".ts");
  return new URL(compiled ? `dist/${source}.js` : `${source}.ts`, pathToFileURL(`${packageRoot(from)}/`));
}

/** Starts `entry` as a worker thread; a TypeScript entry goes through bin/ts-worker.js, which loads TypeScript first. */
export function startWorker(entry: URL, workerData: object, from: string = import.meta.url): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData });
  const bootstrap = new URL("bin/ts-worker.js", pathToFileURL(`${packageRoot(from)}/`));
  return new Worker(bootstrap, { workerData: { ...workerData, tsEntry: entry.href } });
}
