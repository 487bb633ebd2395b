import type { Dispatcher } from "../../dispatch/dispatcher.ts";
import { isOffThread } from "../../dispatch/off-thread.ts";
import { StoppingError } from "./notices.ts";

/**
 * Answers one question per turn of the event loop. why: composing an answer is milliseconds of synchronous
 * CPU; in a burst, answers run back to back would hold back reading and acknowledging the requests behind
 * them, and only the acknowledgement has a deadline (3 s). Starting each answer in its own macrotask, after
 * the previous one, lets the poll phase read and ack new requests in between.
 */
export function takeTurns(dispatcher: Dispatcher, refuse: () => boolean = () => false): Dispatcher {
  // why: answers composed on worker threads (src/dispatch/answer-pool.ts) leave this loop free already, and
  // run side by side; each is still checked for a stop as it starts.
  if (isOffThread(dispatcher))
    return dispatcher.checkedAtStart(() => {
      if (refuse()) throw new StoppingError();
    });
  let previous: Promise<unknown> = Promise.resolve();
  return {
    handle(text, request) {
      // why: a question still waiting for its turn when a stop begins is not started at all (`refuse`);
      // its asker is told the bot is restarting instead of getting an answer that may never be posted.
      const turn = previous
        .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
        .then(() => {
          if (refuse()) throw new StoppingError();
          return dispatcher.handle(text, request);
        });
      previous = turn.catch(() => undefined);
      return turn;
    },
  };
}
