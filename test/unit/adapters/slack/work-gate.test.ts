import { describe, expect, it } from "vitest";
import { createWorkGate } from "../../../../src/adapters/slack/work-gate.ts";

/** A sleep the test ends by hand: the stop's bound runs out when the test says so. */
function manualSleep() {
  const pending: Array<() => void> = [];
  return {
    sleep: () => new Promise<void>((resolve) => pending.push(resolve)),
    elapse: () => {
      for (const wake of pending.splice(0)) wake();
    },
    get waiting() {
      return pending.length;
    },
  };
}

describe("work gate", () => {
  it("admits up to the bound per channel, says busy beyond it, and admits again after a release", () => {
    const gate = createWorkGate({ maxPerChannel: 2, drainMs: 1000 });
    const a = gate.admit("C1");
    const b = gate.admit("C1");
    expect(gate.admit("C1")).toBe("busy");
    expect(typeof gate.admit("C2")).toBe("object");
    if (typeof a === "string" || typeof b === "string") throw new Error("expected tickets");
    a.release();
    a.release(); // a second release of the same ticket changes nothing
    expect(typeof gate.admit("C1")).toBe("object");
    expect(gate.admit("C1")).toBe("busy");
  });

  it("drains: stops admitting, resolves when the work admitted before is done", async () => {
    const clock = manualSleep();
    const gate = createWorkGate({ maxPerChannel: 5, drainMs: 1000, sleep: clock.sleep });
    const ticket = gate.admit("C1");
    if (typeof ticket === "string") throw new Error("expected a ticket");
    const drained = gate.drain();
    expect(gate.state()).toBe("draining");
    expect(gate.admit("C1")).toBe("stopping");
    ticket.release();
    expect(await drained).toEqual({ unfinished: 0 });
    expect(gate.state()).toBe("draining");
  });

  it("aborts when the bound runs out, then waits once more for what is left to settle", async () => {
    const clock = manualSleep();
    const gate = createWorkGate({ maxPerChannel: 5, drainMs: 1000, sleep: clock.sleep });
    const ticket = gate.admit("C1");
    if (typeof ticket === "string") throw new Error("expected a ticket");
    const drained = gate.drain();
    await Promise.resolve();
    clock.elapse();
    await new Promise((resolve) => setImmediate(resolve));
    expect(gate.state()).toBe("aborted");
    ticket.release();
    expect(await drained).toEqual({ unfinished: 1 });
  });
});
