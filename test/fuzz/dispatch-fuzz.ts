import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasControlChars } from "../../src/text/control-chars.ts";
import { commandLine } from "./arbitraries.ts";
import { fuzzWorld, STACK_TRACE, shown } from "./fuzz-world.ts";

/**
 * Generated questions and command lines through the dispatcher, as the terminal chat and `serve --once` use
 * it, over a real SQLite store holding the seeds and one hostile article. Bounded by count, with a fixed seed
 * so a failing line reproduces; two test files run half each so they can use both cores.
 */
export function dispatchFuzz(name: string, seed: number, runs: number): void {
  const world = fuzzWorld(`brief-fuzz-dispatch-${name}-`);

  beforeAll(async () => {
    await world.seed();
    // why: one stored article made of what the fuzz types, so answers quote hostile text back.
    await world.ingester.ingest({
      title: "Harbour \x1b[2J toll \x1b]0;pwned\x07 rises",
      source: "Quay \x1b[31mGazette",
      url: "https://quay.example/toll",
      published: "2024-06-04",
      text: '"We had no other way\x1b[5m to pay," said Ilse Varga, the harbour board\'s chair, on Monday.\n\nThe board met on 3 June 2024.',
    });
  });
  afterAll(() => world.store.close());

  describe(`fuzz: generated questions and command lines through the dispatcher (${name})`, () => {
    it(`${runs.toLocaleString("en-US")} lines: no crash, no stack trace, no control characters in what is shown`, {
      timeout: 600_000,
    }, async () => {
      const dispatcher = world.services().dispatcher;
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(commandLine, fc.integer({ min: 0, max: 2 }), async (line, thread) => {
          // why: conversations of about 20 turns, as people have them, not one thread thousands of turns long.
          const threadId = `fuzz-${Math.floor(answered / 20)}-${thread}`;
          const doc = await dispatcher.handle(line, { platform: "console", channelId: "terminal", userId: "you", threadId });
          for (const text of shown(doc)) {
            expect(hasControlChars(text)).toBe(false);
            expect(text).not.toMatch(STACK_TRACE);
            expect(text).not.toContain("something went wrong");
          }
          // why: the dispatcher logs every crash inside a command as "command failed" before apologising.
          expect(world.logged).toEqual([]);
          answered += 1;
        }),
        { seed, numRuns: runs },
      );
      expect(answered).toBe(runs);
    });
  });
}
