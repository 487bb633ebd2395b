import { COMMANDS } from "../../commands/index.ts";
import type { CommandDispatcher } from "../../src/dispatch/dispatcher.ts";
import { answerTo } from "./fake-slack-dispatcher.ts";

/**
 * A dispatcher whose answers wait until the test releases them: "still composing" as a state, not a race.
 * `started` holds the text asked, or the name of a command invoked with typed options.
 */
export type HeldDispatcher = CommandDispatcher & { started: string[]; release(): void };

export function createHeldDispatcher(): HeldDispatcher {
  const started: string[] = [];
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    started,
    release: () => release(),
    commands: COMMANDS,
    async handle(text) {
      started.push(text);
      await released;
      return answerTo(text);
    },
    async invoke(invocation) {
      started.push(invocation.command);
      await released;
      return answerTo(invocation.command);
    },
  };
}
