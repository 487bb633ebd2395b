/**
 * The real answer worker (src/app/answer-worker.ts), except that a command containing "crash-now" ends
 * its thread at once, as a native crash or an out-of-memory would, while it is answering.
 */
import { parentPort } from "node:worker_threads";

// why: registered before the real worker's listener, so it runs first and the real one never sees the command
parentPort?.on("message", (message: { type?: string; text?: string }) => {
  if (message.type === "answer" && message.text?.includes("crash-now")) process.exit(70);
});
await import("../../src/app/answer-worker.ts");
