import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import type { CommandRequest } from "../../../src/dispatch/command.ts";
import { createDispatcher, type DispatchObservation } from "../../../src/dispatch/dispatcher.ts";
import { createLogger } from "../../../src/log/logger.ts";
import { fixtureEngine } from "../render/compose/fixtures.ts";

const TOPICS = [{ slug: "harbour-works", title: "Harbour works", description: "d", keywords: ["harbour"], minMatches: 1 }];
const request: CommandRequest = { platform: "discord", channelId: "C1", userId: "U1" };
const quiet = () => createLogger({ level: "silent", out: new PassThrough() });

function observed(clockTicks: number[] = []) {
  const seen: DispatchObservation[] = [];
  let tick = 0;
  const dispatcher = createDispatcher({
    commands: COMMANDS,
    deps: { topics: TOPICS, query: fixtureEngine() },
    log: quiet(),
    observe: (observation) => seen.push(observation),
    clock: () => clockTicks[tick++] ?? 0,
  });
  return { dispatcher, seen };
}

describe("the dispatcher reports each command's outcome and duration (for metrics)", () => {
  it("times a command on the injected clock and names it", async () => {
    const { dispatcher, seen } = observed([10, 10.25]);
    await dispatcher.handle("/brief help", request);
    expect(seen).toEqual([{ platform: "discord", command: "help", outcome: "answered", seconds: 0.25 }]);
  });

  it("tells usage mistakes, unknown commands and 'nothing found' apart from answers", async () => {
    const { dispatcher, seen } = observed();
    await dispatcher.handle("/brief who Somebody --verbose", request);
    await dispatcher.handle("/brief hepl", request);
    await dispatcher.handle("/brief no-such-topic", request);
    expect(seen.map(({ command, outcome }) => `${command}:${outcome}`)).toEqual(["who:invalid", "unknown:invalid", "topic:refused"]);
  });

  it("a failing observer never changes the answer", async () => {
    const dispatcher = createDispatcher({
      commands: COMMANDS,
      deps: { topics: TOPICS, query: fixtureEngine() },
      log: quiet(),
      observe: () => {
        throw new Error("metrics backend down");
      },
    });
    const doc = await dispatcher.handle("/brief help", request);
    expect(doc.summary).not.toBe("");
    expect(doc.outcome).toBeUndefined();
  });
});
