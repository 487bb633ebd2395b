import { afterEach, describe, expect, it, vi } from "vitest";
import { createDiscordDigestClient } from "../../src/adapters/discord/digest-client.ts";
import { createSlackDigestClient } from "../../src/adapters/slack/digest-client.ts";
import type { DigestSender } from "../../src/digest/sender.ts";
import { createDiscordDigestSender } from "../../src/digest/senders/discord-sender.ts";
import { createSlackDigestSender } from "../../src/digest/senders/slack-sender.ts";
import { parseTarget } from "../../src/digest/target.ts";
import { renderDiscord } from "../../src/render/discord/render-discord.ts";
import { renderSlack } from "../../src/render/slack/render-slack.ts";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.ts";
import { CHANNEL_ID } from "../support/fake-discord-fixtures.ts";
import { createFakeSlack, type FakeSlack } from "../support/fake-slack.ts";
import { patiently } from "../support/patiently.ts";
import { createStoreFile, digestConfig, ingestSeeds, runnerFor } from "../unit/digest/support/digest-world.ts";
import { createManualClock, type ManualClock } from "../unit/digest/support/manual-clock.ts";

const MINUTE = 60_000;
const SLOT = "2024-03-01T04:30:00.000Z";
const DISCORD = `discord:${CHANNEL_ID}`;

let closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

/**
 * The delivery world of test/unit/digest/delivery.test.ts (articles stored at 06:00 Istanbul on 1 March, the
 * 07:30 digest due at 04:30Z, a real SQLite file), with the real senders and digest clients on fake platforms.
 */
async function world(platforms: { slack?: boolean; discord?: boolean }) {
  const clock = createManualClock("2024-03-01T03:00:00Z");
  const file = createStoreFile(clock);
  closers.push(file.cleanup);
  const store = file.open();
  await ingestSeeds(store);
  const slack = platforms.slack ? await createFakeSlack({ now: () => clock.now() }) : undefined;
  if (slack) closers.push(() => slack.close());
  const discord = platforms.discord ? await startFakeDiscord() : undefined;
  if (discord) closers.push(() => discord.close());
  return { clock, file, store, slack, discord };
}

const slackSender = (fake: FakeSlack) =>
  createSlackDigestSender({ client: createSlackDigestClient({ botToken: "xoxb-fake-token", apiUrl: fake.apiUrl }), render: renderSlack });

const discordSender = (fake: FakeDiscord) =>
  createDiscordDigestSender({ client: createDiscordDigestClient({ token: "fake.bot.token", apiUrl: fake.apiUrl }), render: renderDiscord });

/** Digest roots the fake accepted in `channel` (follow-on parts of a long digest go into its thread). */
const slackRoots = (fake: FakeSlack, channel: string) =>
  fake.accepted("chat.postMessage").filter((call) => call.body.channel === channel && call.body.thread_ts === undefined);

/** Digest first messages Discord created in `channel` (they carry the nonce; further parts reply to them). */
const discordRoots = (fake: FakeDiscord, channel: string) =>
  fake.requests.filter(
    (r) => r.method === "POST" && r.path === `/api/v10/channels/${channel}/messages` && r.status === 200 && r.body.nonce !== undefined,
  );

const messageId = (request: { response?: unknown } | undefined) => (request?.response as { id?: string } | undefined)?.id;

/** The process dies inside `send`: after the platform accepted the post, or before it went out. */
function dyingSender(real: DigestSender, options: { posted: boolean }): DigestSender {
  return {
    async send(target, doc, marker) {
      if (options.posted) await real.send(target, doc, marker);
      return new Promise<never>(() => {});
    },
    findDelivered: (target, marker) => real.findDelivered(target, marker),
  };
}

/** Claims the slot with a sender that dies in it, then restarts on the same file and ticks past the lease. */
async function crashAndRestart(
  w: { clock: ManualClock; file: ReturnType<typeof createStoreFile>; store: ReturnType<ReturnType<typeof createStoreFile>["open"]> },
  target: string,
  real: DigestSender,
  posted: boolean,
  reached: () => boolean,
) {
  const kind = parseTarget(target).kind;
  const digests = [digestConfig({ targets: [target] })];
  w.clock.set(SLOT);
  void runnerFor(w.store, w.clock, digests, { [kind]: dyingSender(real, { posted }) }).tick(w.clock.now());
  await vi.waitFor(() => expect(w.store.lastDelivery("morning", target)?.status).toBe("sending"), patiently);
  if (posted) await vi.waitFor(() => expect(reached()).toBe(true), patiently);
  w.clock.advance(2 * MINUTE);
  const restarted = runnerFor(w.file.open(), w.clock, digests, { [kind]: real });
  const early = await restarted.tick(w.clock.now());
  expect(early[0]?.outcome.status).toBe("busy");
  w.clock.advance(10 * MINUTE);
  const later = await restarted.tick(w.clock.now());
  await restarted.tick(w.clock.now());
  return later[0]?.outcome;
}

describe("scheduled digests through the real Slack sender and client, on fake Slack", () => {
  it("a scheduled slot posts once, with the digest metadata; a second tick in the slot posts nothing more", async () => {
    const { clock, store, slack } = await world({ slack: true });
    const fake = slack as FakeSlack;
    const runner = runnerFor(store, clock, [digestConfig()], { slack: slackSender(fake) });
    clock.set("2024-03-01T04:29:00Z");
    await runner.tick(clock.now());
    expect(fake.calls("chat.postMessage")).toHaveLength(0);
    clock.set(SLOT);
    const [result] = await runner.tick(clock.now());
    expect(slackRoots(fake, "C1")).toHaveLength(1);
    const [root] = slackRoots(fake, "C1");
    expect(root?.body.metadata).toEqual({ event_type: "briefbot_digest", event_payload: { digestId: "morning", slot: SLOT } });
    expect(root?.body.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ type: expect.any(String) })]));
    expect(result?.outcome).toEqual({ status: "sent", messageId: root?.reply.ts });
    expect(store.lastSentDelivery("morning", "slack:C1")?.messageId).toBe(root?.reply.ts);

    const posts = fake.calls("chat.postMessage").length;
    await runner.tick(clock.now());
    clock.advance(20 * MINUTE);
    await runner.tick(clock.now());
    expect(fake.calls("chat.postMessage")).toHaveLength(posts);
    expect(fake.calls("conversations.history")).toHaveLength(0);
  });

  it.each([
    { posted: true, status: "reconciled" },
    { posted: false, status: "sent" },
  ])("a crash between claim and record (post reached Slack: $posted) leaves exactly one post after restart", async ({ posted, status }) => {
    const w = await world({ slack: true });
    const fake = w.slack as FakeSlack;
    const outcome = await crashAndRestart(w, "slack:C1", slackSender(fake), posted, () => slackRoots(fake, "C1").length === 1);
    expect(outcome?.status).toBe(status);
    expect(slackRoots(fake, "C1")).toHaveLength(1);
    const ts = slackRoots(fake, "C1")[0]?.reply.ts;
    expect(w.file.open().lastDelivery("morning", "slack:C1")).toMatchObject({ status: "sent", messageId: ts });
    const [history] = fake.accepted("conversations.history");
    expect(history?.body).toMatchObject({ channel: "C1", include_all_metadata: "true" });
    const seen = (history?.reply.messages ?? []) as { ts: string; metadata?: unknown }[];
    expect(seen.map((m) => m.ts)).toEqual(posted ? [ts] : []);
    if (posted) expect(seen[0]?.metadata).toMatchObject({ event_type: "briefbot_digest", event_payload: { slot: SLOT } });
  });
});

describe("scheduled digests through the real Discord sender and client, on fake Discord", () => {
  it("a scheduled slot posts once, tagged; a second tick in the slot posts nothing more", async () => {
    const { clock, store, discord } = await world({ discord: true });
    const fake = discord as FakeDiscord;
    const runner = runnerFor(store, clock, [digestConfig({ targets: [DISCORD] })], { discord: discordSender(fake) });
    clock.set(SLOT);
    const [result] = await runner.tick(clock.now());
    await runner.tick(clock.now());
    clock.advance(20 * MINUTE);
    await runner.tick(clock.now());
    expect(discordRoots(fake, CHANNEL_ID)).toHaveLength(1);
    const [root] = discordRoots(fake, CHANNEL_ID);
    const id = messageId(root);
    expect(result?.outcome).toEqual({ status: "sent", messageId: id });
    expect(root?.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(JSON.stringify(root?.body)).toContain("digest morning · ");
    expect(fake.requests.filter((r) => r.method === "POST" && r.body.message_reference === undefined)).toHaveLength(1);
    expect(fake.violations).toEqual([]);
    expect(store.lastSentDelivery("morning", DISCORD)?.messageId).toBe(id);
  });

  it.each([
    { posted: true, status: "reconciled" },
    { posted: false, status: "sent" },
  ])(
    "a crash between claim and record (post reached Discord: $posted) leaves exactly one post after restart",
    async ({ posted, status }) => {
      const w = await world({ discord: true });
      const fake = w.discord as FakeDiscord;
      const outcome = await crashAndRestart(w, DISCORD, discordSender(fake), posted, () => discordRoots(fake, CHANNEL_ID).length === 1);
      expect(outcome?.status).toBe(status);
      expect(discordRoots(fake, CHANNEL_ID)).toHaveLength(1);
      const id = messageId(discordRoots(fake, CHANNEL_ID)[0]);
      expect(w.file.open().lastDelivery("morning", DISCORD)).toMatchObject({ status: "sent", messageId: id });
      const reads = fake.requests.filter((r) => r.method === "GET" && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`);
      expect(reads.length).toBeGreaterThan(0);
      expect(reads[0]?.status).toBe(200);
    },
  );

  it("the same slot posted again within minutes is answered with the first message (enforced nonce)", async () => {
    const { clock, store, discord } = await world({ discord: true });
    const fake = discord as FakeDiscord;
    const sender = discordSender(fake);
    clock.set(SLOT);
    await runnerFor(store, clock, [digestConfig({ targets: [DISCORD] })], { discord: sender }).tick(clock.now());
    const first = store.lastSentDelivery("morning", DISCORD)?.messageId;
    const doc = { summary: "again", blocks: [{ type: "paragraph" as const, text: "the same slot again" }] };
    const again = await sender.send(parseTarget(DISCORD), doc, { marker: { digestId: "morning", slot: SLOT } });
    expect(again.messageId).toBe(first);
    const reply = await fetch(`${fake.apiUrl}/v10/channels/${CHANNEL_ID}/messages?limit=100`);
    const recent = (await reply.json()) as { id: string; nonce?: string }[];
    expect(recent.filter((m) => m.nonce !== undefined).map((m) => m.id)).toEqual([first]);
  });
});

describe("one failing channel does not hold up the others", () => {
  it("a 500 from Slack on one channel: the other Slack channel and Discord get theirs; the failed one is retried", async () => {
    const { clock, store, slack, discord } = await world({ slack: true, discord: true });
    const [fakeSlack, fakeDiscord] = [slack as FakeSlack, discord as FakeDiscord];
    const digests = [digestConfig({ targets: ["slack:C1", "slack:C2", DISCORD] })];
    fakeSlack.fail("chat.postMessage", { status: 500 }, 1, "C2");
    clock.holdSleeps();
    clock.set(SLOT);
    const senders = { slack: slackSender(fakeSlack), discord: discordSender(fakeDiscord) };
    const tick = runnerFor(store, clock, digests, senders).tick(clock.now());
    await vi.waitFor(() => {
      expect(slackRoots(fakeSlack, "C1")).toHaveLength(1);
      expect(discordRoots(fakeDiscord, CHANNEL_ID)).toHaveLength(1);
      expect(clock.sleeps).toHaveLength(1);
    }, patiently);
    expect(
      fakeSlack
        .calls("chat.postMessage")
        .filter((c) => c.body.channel === "C2")
        .map((c) => c.status),
    ).toEqual([500]);
    expect(slackRoots(fakeSlack, "C2")).toHaveLength(0);
    clock.release();
    const results = await tick;
    expect(results.map((r) => [r.target, r.outcome.status])).toEqual([
      ["slack:C1", "sent"],
      ["slack:C2", "sent"],
      [DISCORD, "sent"],
    ]);
    expect(slackRoots(fakeSlack, "C2")).toHaveLength(1);
    expect(clock.sleeps).toEqual([1_000]);
  });

  it("a Slack channel that keeps answering 500 fails alone", async () => {
    const { clock, store, slack, discord } = await world({ slack: true, discord: true });
    const [fakeSlack, fakeDiscord] = [slack as FakeSlack, discord as FakeDiscord];
    fakeSlack.fail("chat.postMessage", { status: 500 }, 4, "C2");
    clock.set(SLOT);
    const senders = { slack: slackSender(fakeSlack), discord: discordSender(fakeDiscord) };
    const digests = [digestConfig({ targets: ["slack:C1", "slack:C2", DISCORD] })];
    const results = await runnerFor(store, clock, digests, senders).tick(clock.now());
    expect(results.map((r) => r.outcome.status)).toEqual(["sent", "failed", "sent"]);
    expect(fakeSlack.calls("chat.postMessage").filter((c) => c.body.channel === "C2")).toHaveLength(4);
    expect(slackRoots(fakeSlack, "C1")).toHaveLength(1);
    expect(slackRoots(fakeSlack, "C2")).toHaveLength(0);
    expect(discordRoots(fakeDiscord, CHANNEL_ID)).toHaveLength(1);
    expect(store.lastDelivery("morning", "slack:C2")?.status).toBe("failed");
  });
});
