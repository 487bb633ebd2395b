import { afterEach, describe, expect, it } from "vitest";
import { type DiscordHarness, startDiscordHarness } from "../support/fake-discord-harness.ts";

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const isCallback = (path: string) => path.endsWith("/callback");
const isOriginal = (path: string) => /\/messages\/(?:@|%40)original$/.test(path);

describe("Discord rate limits and gateway reconnects (real discord.js against a fake Discord)", () => {
  it.each([
    ["the deferral", "POST", /\/callback$/],
    ["the answer", "PATCH", /\/messages\/(?:@|%40)original$/],
  ])("retries %s once after a 429 and answers exactly once", async (_what, method, path) => {
    harness = await startDiscordHarness();
    const { fake } = harness;
    fake.rateLimitOnce(method, path, 0.05);
    const id = fake.command("topic", [{ name: "name", value: "turkey-mediation" }]);
    await fake.waitFor(() => fake.forInteraction(id).some((r) => isOriginal(r.path) && r.status === 200), "the answer");
    const sent = fake.forInteraction(id);
    const limited = sent.filter((r) => r.method === method && path.test(r.path));
    expect(limited.map((r) => r.status)).toEqual([429, method === "POST" ? 204 : 200]);
    expect(sent.filter((r) => isCallback(r.path) && r.status === 204)).toHaveLength(1);
    expect(sent.filter((r) => isOriginal(r.path) && r.status === 200)).toHaveLength(1);
    expect(harness.calls).toHaveLength(1);
  });

  it("resumes after a gateway RECONNECT: no second IDENTIFY, a redelivered interaction is not answered twice, new ones are answered once", async () => {
    harness = await startDiscordHarness();
    const { fake } = harness;
    const first = fake.command("topic", [{ name: "name", value: "turkey-mediation" }]);
    await fake.waitFor(() => fake.forInteraction(first).some((r) => isOriginal(r.path)), "the first answer");

    fake.gateway.reconnect(["INTERACTION_CREATE"]);
    // why: sent while the client reconnects, so it arrives either just before the close or in RESUME's replay.
    const during = fake.command("who", [{ name: "speaker", value: "Kalin" }]);
    await fake.waitFor(() => fake.gateway.resumed === 1, "the resume");
    const after = fake.command("on", [{ name: "date", value: "2022-03-27" }]);
    await fake.waitFor(
      () => [during, after].every((id) => fake.forInteraction(id).some((r) => isOriginal(r.path))),
      "the answers after the resume",
    );

    const frames = fake.gateway.received;
    expect(frames.filter((frame) => frame.op === 2)).toHaveLength(1);
    expect(frames.find((frame) => frame.op === 6)?.d).toMatchObject({ session_id: "fake-session" });
    for (const id of [first, during, after]) {
      expect(fake.forInteraction(id).filter((r) => isCallback(r.path))).toHaveLength(1);
    }
    expect(harness.calls.map((call) => call.text)).toEqual(["topic turkey-mediation", "who Kalin", "on 2022-03-27"]);
    expect(harness.log()).toMatch(new RegExp(`duplicate interaction ignored .*requestId=${first}`));
    expect(fake.violations).toEqual([]);
  });

  it("fails start-up with the fix named when the Message Content intent is not enabled for the bot", async () => {
    await expect(startDiscordHarness({ messageContentIntent: true, fake: { allowMessageContent: false } })).rejects.toThrow(
      /Message Content intent: enable it in the Developer Portal/,
    );
  });

  it("reports an answer Discord refuses instead of leaving the user waiting", async () => {
    harness = await startDiscordHarness({ render: () => [{ content: "x".repeat(2_001) }] });
    const { fake } = harness;
    const id = fake.command("topic", [{ name: "name", value: "turkey-mediation" }]);
    await fake.waitFor(() => fake.forInteraction(id).filter((r) => isOriginal(r.path)).length === 2, "the apology");
    const edits = fake.forInteraction(id).filter((r) => isOriginal(r.path));
    expect(edits.map((r) => r.status)).toEqual([400, 200]);
    expect(String(edits[1]?.body.content)).toContain("Sorry, something went wrong");
    expect(fake.violations).toEqual([expect.stringContaining("content is 2001 > 2000 characters")]);
    expect(harness.log()).toContain("discord command failed");
  });
});
