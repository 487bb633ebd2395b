import { afterEach, describe, expect, it } from "vitest";
import { createScheduler } from "../../../src/schedule/scheduler.ts";
import { createStoreFile, digestConfig, ingestSeeds, quietLog, runnerFor } from "./support/digest-world.ts";
import { createManualClock } from "./support/manual-clock.ts";
import { createRecordingSender } from "./support/recording-sender.ts";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("digests across daylight-saving changes", () => {
  it.each([
    ["2024-03-06T00:00:00Z", "spring"],
    ["2024-10-23T00:00:00Z", "autumn"],
  ])("a DST week (%s, %s) in New York and London gives one digest per day in each", async (start) => {
    const clock = createManualClock(start);
    const file = createStoreFile(clock);
    cleanup = file.cleanup;
    const store = file.open();
    await ingestSeeds(store);
    const slack = createRecordingSender();
    const digests = [
      digestConfig({ id: "ny", cron: "30 7 * * *", timezone: "America/New_York", targets: ["slack:NY"], postWhenEmpty: true }),
      digestConfig({ id: "ldn", cron: "30 7 * * *", timezone: "Europe/London", targets: ["slack:LDN"], postWhenEmpty: true }),
    ];
    const runner = runnerFor(store, clock, digests, { slack: slack.sender });
    const scheduler = createScheduler({
      clock,
      schedules: () => digests,
      onTick: (now) => runner.tick(now),
      log: quietLog,
      heartbeatMs: 15 * 60_000,
    });
    await scheduler.start();
    for (let step = 0; step < 7 * 96 + 8; step += 1) {
      clock.advance(15 * 60_000);
      await scheduler.tick();
    }
    await scheduler.stop();
    for (const [channel, zone] of [
      ["NY", "America/New_York"],
      ["LDN", "Europe/London"],
    ] as const) {
      const days = slack.postsTo(channel).map((post) => new Date(post.marker.slot).toLocaleDateString("en-CA", { timeZone: zone }));
      expect(days.length).toBeGreaterThanOrEqual(7);
      expect(new Set(days).size).toBe(days.length);
      const times = slack.postsTo(channel).map((post) => new Date(post.marker.slot).toLocaleTimeString("en-GB", { timeZone: zone }));
      expect(new Set(times)).toEqual(new Set(["07:30:00"]));
    }
  });
});
