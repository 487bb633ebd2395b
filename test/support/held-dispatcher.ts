import type { Dispatcher } from "../../src/dispatch/dispatcher.ts";
import { answerTo } from "./fake-slack-dispatcher.ts";

/** A dispatcher whose answers wait until the test releases them: "still composing" as a state, not a race. */
export type HeldDispatcher = Dispatcher & { started: string[]; release(): void };

export function createHeldDispatcher(): HeldDispatcher {
  const started: string[] = [];
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    started,
    release: () => release(),
    async handle(text) {
      started.push(text);
      await released;
      return answerTo(text);
    },
  };
}
