import { z } from "zod";
import type { Topic } from "../../config/file-schema.ts";
import type { Document } from "../render/document.ts";
import type { SlackMessage } from "../render/limits/slack.ts";
import type { CommandRequest } from "./command.ts";
import type { DispatchObservation } from "./dispatcher.ts";

/** What an answer worker is started with (worker_threads' workerData). */
export type AnswerWorkerData = {
  /** The store file; the worker opens it read-only beside the main thread's connection. */
  storePath: string;
  topics: readonly Topic[];
  defaultTimezone?: string;
  /** False when `ask` must run on the main thread (a language model phrases answers there). */
  askHere: boolean;
  /** Render Slack answers here too, with these secrets masked as the main thread's renderer masks them. */
  slack?: { secrets: readonly string[] };
};

/** Main thread → worker. */
export type ToWorker = { type: "answer"; id: number; text: string; request: CommandRequest } | { type: "close" };

/** One log line the worker's dispatcher wrote, replayed by the main thread's logger (which masks secrets). */
export type LoggedLine = { level: "debug" | "info" | "warn" | "error"; message: string; fields?: Record<string, unknown> };

/** Worker → main thread. */
export type FromWorker =
  | { type: "ready" }
  | { type: "answered"; id: number; doc: Document; logs: LoggedLine[]; observation?: DispatchObservation; slack?: SlackMessage[] }
  /** The command needs what only the main thread has (a write, a thread's memory, the language model): run it there. */
  | { type: "needs-main"; id: number };

// why: a worker is our own code, but its messages still cross a boundary; a malformed one is a bug to report, not to act on.
const FromWorkerSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready") }),
  z.object({
    type: z.literal("answered"),
    id: z.number().int(),
    doc: z.object({ summary: z.string(), blocks: z.array(z.unknown()) }).passthrough(),
    logs: z.array(
      z.object({
        level: z.enum(["debug", "info", "warn", "error"]),
        message: z.string(),
        fields: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
    observation: z.unknown().optional(),
    slack: z.array(z.object({ text: z.string() }).passthrough()).optional(),
  }),
  z.object({ type: z.literal("needs-main"), id: z.number().int() }),
]);

export function readFromWorker(message: unknown): FromWorker | undefined {
  const parsed = FromWorkerSchema.safeParse(message);
  return parsed.success ? (parsed.data as FromWorker) : undefined;
}
