import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { listenForStop } from "../../../src/cli/stop-signals.ts";

describe("listenForStop", () => {
  it("resolves with the first signal, calls onSecond for the next one, and restores default handling on dispose", async () => {
    const source = new EventEmitter();
    const seconds: string[] = [];
    const signals = listenForStop(source, (signal) => seconds.push(signal));
    source.emit("SIGTERM");
    expect(await signals.first).toBe("SIGTERM");
    expect(seconds).toEqual([]);
    source.emit("SIGINT");
    expect(seconds).toEqual(["SIGINT"]);
    signals.dispose();
    expect(source.listenerCount("SIGINT") + source.listenerCount("SIGTERM")).toBe(0);
  });
});
