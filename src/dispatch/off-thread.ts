import type { Dispatcher } from "./dispatcher.ts";

/**
 * A dispatcher that answers away from the caller's event loop (answer-pool.ts). why: an adapter that spaces
 * answers out to keep its own loop free to acknowledge requests (Slack's takeTurns) need not do so for one
 * of these, and must not run their answers one after another; it only asks to check each answer as it starts.
 */
export type OffThreadDispatcher = Dispatcher & {
  readonly offThread: true;
  /** The same dispatcher, calling `check` just before each answer starts; what `check` throws rejects that answer. */
  checkedAtStart(check: () => void): Dispatcher;
};

export function isOffThread(dispatcher: Dispatcher): dispatcher is OffThreadDispatcher {
  return (dispatcher as Partial<OffThreadDispatcher>).offThread === true;
}
