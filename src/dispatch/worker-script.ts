import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../../config/package-root.ts";

/**
 * The answer worker's code as this process runs it. why: `brief` runs compiled JavaScript from dist/ (bin/build.js
 * compiles the worker as an entry of its own, dist/src/app/answer-worker.js), while tests, benchmarks and a
 * stale build run the TypeScript sources; a module bundled into a chunk cannot find its sibling by a relative URL.
 */
export function answerWorkerUrl(from: string = import.meta.url): URL {
  const root = packageRoot(from);
  const compiled = !from.endsWith(".ts");
  return new URL(compiled ? "dist/src/app/answer-worker.js" : "src/app/answer-worker.ts", pathToFileURL(`${root}/`));
}

/** Starts `entry` as a worker thread; a TypeScript entry goes through bin/ts-worker.js, which loads TypeScript first. */
export function startWorker(entry: URL, workerData: object, from: string = import.meta.url): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData });
  const bootstrap = new URL("bin/ts-worker.js", pathToFileURL(`${packageRoot(from)}/`));
  return new Worker(bootstrap, { workerData: { ...workerData, tsEntry: entry.href } });
}
