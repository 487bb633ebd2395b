import { afterEach, describe, expect, it } from "vitest";
import { RESTARTING_NOTICE } from "../../src/adapters/discord/discord-adapter.ts";
import { type DiscordHarness, startDiscordHarness } from "../support/fake-discord-harness.ts";
import { createHeldDispatcher } from "../support/held-dispatcher.ts";

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("stopping the Discord bot (real discord.js client against the fake)", () => {
  it("finishes the answer in flight, and tells a command that arrives meanwhile that the bot is restarting", async () => {
    const held = createHeldDispatcher();
    harness = await startDiscordHarness({ dispatcher: held });
    const { fake } = harness;
    const first = fake.command("who", [{ name: "speaker", value: "Someone" }]);
    await fake.waitFor(() => held.started.length === 1, "the first command to reach the dispatcher");

    const stopped = harness.stopBot();
    const second = fake.command("who", [{ name: "speaker", value: "Another" }]);
    await fake.waitFor(() => fake.forInteraction(second).some((r) => r.path.endsWith("/callback")), "the second command's reply");
    const reply = fake.forInteraction(second).find((r) => r.path.endsWith("/callback"));
    expect(reply?.body).toMatchObject({ type: 4, data: { content: RESTARTING_NOTICE, flags: 64 } });
    expect(held.started).toHaveLength(1);

    held.release();
    await stopped;
    expect(fake.forInteraction(first).some((r) => r.method === "PATCH" && r.status === 200)).toBe(true);
  });
});
