/**
 * An answer worker: a worker thread that answers commands from its own read-only connection to the store,
 * so composing an answer never holds up the main thread's event loop (which acknowledges requests, writes
 * and posts). Started by answer-pool.ts; see answer-protocol.ts for the messages.
 */
import { constants, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { COMMANDS } from "../../commands/index.ts";
import type { AnswerWorkerData, FromWorker, LoggedLine, ToWorker } from "../dispatch/answer-protocol.ts";
import type { CommandRequest } from "../dispatch/command.ts";
import { createDispatcher, type DispatchObservation } from "../dispatch/dispatcher.ts";
import { createRecordingLogger } from "../dispatch/recording-logger.ts";
import { createSecretMask, maskDeep } from "../log/secret-mask.ts";
import { createAliasKeyCache } from "../query/alias-key-cache.ts";
import { createAsker } from "../query/ask/asker.ts";
import { createQueryEngine } from "../query/create-query-engine.ts";
import { renderSlack } from "../render/slack/render-slack.ts";
import { createSqliteStore } from "../store/sqlite-store.ts";

/** Thrown by what only the main thread may do; the command is then answered there instead. */
class NeedsMainThread extends Error {}

export function startAnswerWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("answer-worker.ts runs as a worker thread (answer-pool.ts starts it)");
  const data = workerData as AnswerWorkerData;
  // why: on a busy machine the kernel would share the cores evenly between this thread and the one that reads and
  // acknowledges requests; a lower priority (of this thread alone, on Linux) lets acknowledgements go first.
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // not permitted here (some platforms); answers are still off the main thread
  }
  const store = createSqliteStore({ path: data.storePath, readonly: true });
  const aliasKeys = createAliasKeyCache(store);
  const asker = createAsker({ store, aliasKeys });
  let needsMain = false;
  const mainOnly = (): never => {
    needsMain = true;
    throw new NeedsMainThread("answered on the main thread");
  };
  // why: digests and followed sources write (subscriptions, the ledger); any use of them is the main thread's.
  const mainThreadService = <T extends object>() => new Proxy({} as T, { get: mainOnly });
  let lines: LoggedLine[] = [];
  let observation: DispatchObservation | undefined;
  const dispatcher = createDispatcher({
    commands: COMMANDS,
    deps: {
      topics: data.topics,
      query: createQueryEngine(store, data.topics, aliasKeys),
      // why: in a thread, ask reads and appends the thread's memory (a write): that stays on the main thread.
      ask: { answer: (question, thread) => (thread || !data.askHere ? mainOnly() : asker.answer(question, null)) },
      digests: mainThreadService(),
      sources: mainThreadService(),
      ...(data.defaultTimezone ? { defaultTimezone: data.defaultTimezone } : {}),
    },
    log: createRecordingLogger((line) => lines.push(line)),
    observe: (seen) => {
      observation = seen;
    },
  });

  const send = (message: FromWorker) => port.postMessage(message);
  const slackMask = data.slack ? createSecretMask(data.slack.secrets) : undefined;
  // why: the pool sends a worker one command at a time, so the lines and observation above belong to that one.
  port.on("message", async (message: ToWorker) => {
    if (message.type === "close") {
      store.close();
      port.close();
      return;
    }
    needsMain = false;
    lines = [];
    observation = undefined;
    const doc = await dispatcher.handle(message.text, message.request satisfies CommandRequest);
    if (needsMain) return send({ type: "needs-main", id: message.id });
    // why: rendering is milliseconds too; done here, the main thread only posts what it gets
    const slack = slackMask && message.request.platform === "slack" ? renderSlack(maskDeep(doc, slackMask)) : undefined;
    send({ type: "answered", id: message.id, doc, logs: lines, ...(observation ? { observation } : {}), ...(slack ? { slack } : {}) });
  });
  send({ type: "ready" });
}

startAnswerWorker();
