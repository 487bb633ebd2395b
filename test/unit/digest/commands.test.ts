import { afterEach, describe, expect, it } from "vitest";
import { digestCommand } from "../../../commands/digest.ts";
import { subscribeCommand } from "../../../commands/subscribe.ts";
import { subscriptionsCommand } from "../../../commands/subscriptions.ts";
import { unsubscribeCommand } from "../../../commands/unsubscribe.ts";
import { createDigestService } from "../../../src/digest/digest-service.ts";
import type { AnyCommand, CommandDeps, CommandRequest } from "../../../src/dispatch/command.ts";
import { textInput } from "../../../src/dispatch/parse-text.ts";
import { TOPICS } from "../../fixtures/facts/seed-store.ts";
import { createStoreFile, ingestSeeds, TOPIC } from "./support/digest-world.ts";
import { createManualClock } from "./support/manual-clock.ts";

/** A command answering the words typed after its name, as the dispatcher runs it. */
const runText = (command: AnyCommand, words: string[], deps: CommandDeps, request: CommandRequest) =>
  command.execute(textInput(command, words), deps, request);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const request = { platform: "slack" as const, channelId: "C7", userId: "U1" };

async function deps(): Promise<CommandDeps> {
  const clock = createManualClock("2024-03-01T03:00:00Z");
  const file = createStoreFile(clock);
  cleanup = file.cleanup;
  const store = file.open();
  await ingestSeeds(store);
  const digests = createDigestService({ store, topics: TOPICS, configDigests: [], clock });
  return { topics: TOPICS, commands: [], digests, defaultTimezone: "UTC" } as unknown as CommandDeps;
}

describe("digest chat commands", () => {
  it("subscribe stores a daily schedule, subscriptions lists it, preview shows it privately, unsubscribe removes it", async () => {
    const d = await deps();
    const subscribed = await runText(subscribeCommand, [TOPIC, "at", "07:30", "Europe/Istanbul"], d, request);
    expect(subscribed.summary).toContain("07:30 (Europe/Istanbul)");
    const listed = await runText(subscriptionsCommand, [], d, request);
    expect(JSON.stringify(listed.blocks)).toContain(`${TOPIC}: 07:30 daily (Europe/Istanbul)`);
    const preview = await runText(digestCommand, ["preview"], d, request);
    expect(preview.ephemeral).toBe(true);
    expect(preview.blocks.some((block) => block.type === "sources")).toBe(true);
    const removed = await runText(unsubscribeCommand, [TOPIC], d, request);
    expect(removed.summary).toContain("no longer");
    expect(d.digests?.subscriptions({ platform: "slack", channel: "C7" }).chat).toEqual([]);
  });

  it.each([
    [["nope-topic"], /No topic "nope-topic"/],
    [[TOPIC, "at", "25:00"], /expected a time like 07:30/],
    [[TOPIC, "Mars/Olympus"], /IANA time zone/],
  ])("subscribe %j is refused with a clear message", async (words, message) => {
    const d = await deps();
    await expect(runText(subscribeCommand, words, d, request)).rejects.toThrow(message);
  });
});
