import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Topic } from "../../config/file-schema.ts";
import type { Logger } from "../log/logger.ts";
import { type Document, errorDocument } from "../render/document.ts";
import type { SlackMessage } from "../render/limits/slack.ts";
import { type AnswerWorkerData, type FromWorker, readFromWorker, type ToWorker } from "./answer-protocol.ts";
import type { CommandRequest } from "./command.ts";
import type { Dispatcher, DispatchObservation } from "./dispatcher.ts";
import type { OffThreadDispatcher } from "./off-thread.ts";
import { answerWorkerUrl, startWorker } from "./worker-script.ts";

export type AnswerPoolOptions = {
  /** The store file the main thread has open (and migrated); each worker opens it read-only. */
  storePath: string;
  topics: readonly Topic[];
  defaultTimezone?: string;
  /** False when `ask` needs the main thread (a language model is configured there). */
  askInWorkers: boolean;
  /** The main thread's dispatcher: for what needs writing or a thread's memory, and if no worker can start. */
  main: Dispatcher;
  log: Logger;
  /** Told of each command a worker answered (the main dispatcher reports its own). */
  observe?: (observation: DispatchObservation) => void;
  /** How many workers; default: one per core beyond the first, one to two. */
  size?: number;
  /** The worker's code; tests give one of their own. */
  entry?: URL;
  /** Workers render Slack answers too (see `slackMessages`), masking these secrets as the main thread's renderer does. */
  renderSlack?: { secrets: readonly string[] };
};

export type AnswerPool = OffThreadDispatcher & {
  /** Starts the workers (otherwise the first command does). */
  start(): void;
  /** Starts the workers and resolves once one is ready to answer (or the pool gave up on them). */
  whenReady(): Promise<void>;
  /** Stops the workers; commands still waiting are rejected with what the start check throws, or answered on the main thread. */
  stop(): Promise<void>;
  /** The Slack messages a worker rendered for `doc` (with `renderSlack`); undefined when it was not rendered there. */
  slackMessages(doc: Document): SlackMessage[] | undefined;
  /** How commands were answered so far, for logs and tests. */
  stats(): { inWorkers: number; onMain: number; crashes: number };
};

/** A worker that failed this many times in a row before it was ready means the pool gives up on workers. */
const START_FAILURES_TO_GIVE_UP = 3;
/** How long stop() lets a worker close its store before ending it. */
const CLOSE_MS = 2000;

export const WORKER_CRASHED_TEXT = "Sorry, the part of the bot answering that stopped unexpectedly. It has been logged; please try again.";

type Job = {
  id: number;
  text: string;
  request: CommandRequest;
  check: () => void;
  resolve: (doc: Document) => void;
  reject: (error: unknown) => void;
};

type Slot = { worker: Worker; ready: boolean; job?: Job; closing: boolean };

/**
 * Answers commands on worker threads, each with its own read-only connection to the store. why: composing an
 * answer is milliseconds of synchronous work; on the event loop that reads and acknowledges requests, a burst
 * of 20 commands delayed the last acknowledgements past 50 ms. Workers take one command at a time from one
 * queue; what needs the main thread (writes, a thread's memory) is answered there, one per turn of its loop.
 * A worker that dies mid-answer is replaced and its command answered with an apology; if workers cannot start
 * at all (the store cannot be opened read-only), every command is answered on the main thread.
 */
export function createAnswerPool(options: AnswerPoolOptions): AnswerPool {
  const size = Math.max(1, options.size ?? Math.min(2, Math.max(1, availableParallelism() - 1)));
  const entry = options.entry ?? answerWorkerUrl();
  const log = options.log;
  const data: AnswerWorkerData = {
    storePath: options.storePath,
    topics: options.topics,
    askHere: options.askInWorkers,
    ...(options.defaultTimezone ? { defaultTimezone: options.defaultTimezone } : {}),
    ...(options.renderSlack ? { slack: { secrets: [...options.renderSlack.secrets] } } : {}),
  };
  const rendered = new WeakMap<Document, SlackMessage[]>();
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let started = false;
  let stopped = false;
  let givenUp = false;
  let failedStarts = 0;
  const counts = { inWorkers: 0, onMain: 0, crashes: 0 };
  let mainTurn: Promise<unknown> = Promise.resolve();
  const readyWaiters: Array<() => void> = [];

  /** One main-thread answer per turn of the loop, after the previous one (as the Slack adapter's takeTurns does). */
  function onMain(job: Job): void {
    const turn = mainTurn
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        job.check();
        counts.onMain += 1;
        return options.main.handle(job.text, job.request);
      });
    mainTurn = turn.catch(() => undefined);
    turn.then(job.resolve, job.reject);
  }

  function spawn(): void {
    const worker = startWorker(entry, data);
    const slot: Slot = { worker, ready: false, closing: false };
    slots.add(slot);
    worker.on("message", (raw: unknown) => received(slot, raw));
    worker.on("error", (error) => log.error("answer worker failed", { error }));
    worker.on("exit", (code) => exited(slot, code));
  }

  function received(slot: Slot, raw: unknown): void {
    const message: FromWorker | undefined = readFromWorker(raw);
    if (!message) {
      log.error("answer worker sent a message it should not have; ignored", { type: typeof raw });
      return;
    }
    if (message.type === "ready") {
      slot.ready = true;
      failedStarts = 0;
      for (const wake of readyWaiters.splice(0)) wake();
      pump();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.id) return;
    slot.job = undefined;
    if (message.type === "needs-main") onMain(job);
    else {
      counts.inWorkers += 1;
      for (const line of message.logs) log[line.level](line.message, line.fields);
      if (message.observation) {
        try {
          options.observe?.(message.observation);
        } catch (error) {
          log.warn("could not record a command's metrics", { error });
        }
      }
      // why: the answer is delivered (rendered, posted) after the requests already read in this turn are acknowledged.
      if (message.slack) rendered.set(message.doc, message.slack);
      setImmediate(() => job.resolve(message.doc));
    }
    pump();
  }

  function exited(slot: Slot, code: number): void {
    slots.delete(slot);
    if (slot.closing || stopped) return;
    const job = slot.job;
    if (!slot.ready) {
      failedStarts += 1;
      log.error("an answer worker could not start", { code, tries: failedStarts });
      if (failedStarts >= START_FAILURES_TO_GIVE_UP) {
        giveUp();
        return;
      }
    } else {
      counts.crashes += 1;
      log.error("an answer worker stopped unexpectedly; starting another", { code, ...(job ? { command: job.text } : {}) });
    }
    // why: the command it was answering may be what killed it; it is answered with an apology, not tried again.
    if (job) job.resolve(errorDocument(WORKER_CRASHED_TEXT));
    spawn();
    pump();
  }

  function giveUp(): void {
    givenUp = true;
    for (const wake of readyWaiters.splice(0)) wake();
    log.error("answer workers cannot start; answering every command on the main thread");
    for (const job of queue.splice(0)) onMain(job);
  }

  /** Hands waiting commands to idle, ready workers. */
  function pump(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.job || slot.closing) continue;
      const job = queue.shift();
      if (!job) return;
      try {
        job.check();
      } catch (error) {
        job.reject(error);
        continue;
      }
      slot.job = job;
      const message: ToWorker = { type: "answer", id: job.id, text: job.text, request: job.request };
      slot.worker.postMessage(message);
    }
  }

  function start(): void {
    if (started || stopped) return;
    started = true;
    for (let i = 0; i < size; i++) spawn();
  }

  function submit(text: string, request: CommandRequest, check: () => void): Promise<Document> {
    return new Promise<Document>((resolve, reject) => {
      const job: Job = { id: nextId++, text, request, check, resolve, reject };
      start();
      // why: in a thread, an answer reads and extends the thread's memory; that write belongs to the main thread.
      // Until a worker is ready (just after start, or while a crashed one is replaced) the main thread answers too,
      // rather than keeping people waiting for a worker to load.
      if (givenUp || stopped || request.threadId || ![...slots].some((slot) => slot.ready)) return onMain(job);
      queue.push(job);
      pump();
    });
  }

  const unchecked = () => {};
  return {
    offThread: true,
    handle: (text, request) => submit(text, request, unchecked),
    checkedAtStart: (check) => ({ handle: (text, request) => submit(text, request, check) }),
    start,
    whenReady() {
      start();
      if (givenUp || [...slots].some((slot) => slot.ready)) return Promise.resolve();
      return new Promise<void>((resolve) => readyWaiters.push(resolve));
    },
    slackMessages: (doc) => rendered.get(doc),
    stats: () => ({ ...counts }),
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const wake of readyWaiters.splice(0)) wake();
      // why: the adapter drained its answers before this; whatever still waits is answered (or refused) on the main thread.
      for (const job of queue.splice(0)) onMain(job);
      await Promise.all([...slots].map((slot) => close(slot)));
      await mainTurn;
    },
  };
}

/** Asks a worker to close its store and end; ends it after CLOSE_MS if it does not. */
async function close(slot: Slot): Promise<void> {
  slot.closing = true;
  const { worker } = slot;
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  const closeMessage: ToWorker = { type: "close" };
  worker.postMessage(closeMessage);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), CLOSE_MS);
  });
  if ((await Promise.race([exited, late])) === "late") await worker.terminate();
  clearTimeout(timer);
  // why: an answer still inside it will not come; its asker gets the apology rather than silence
  slot.job?.resolve(errorDocument(WORKER_CRASHED_TEXT));
}
