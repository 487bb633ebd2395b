import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryThreadRegistry } from "../../../src/threads/memory-thread-registry.ts";
import { patiently } from "../../support/patiently.ts";
import { createStoreFile, digestConfig, ingestSeeds, runnerFor } from "./support/digest-world.ts";
import { createManualClock } from "./support/manual-clock.ts";
import { createRecordingSender } from "./support/recording-sender.ts";

const MINUTE = 60_000;
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Articles arrive at 06:00 Istanbul (03:00Z) on 1 March; the 07:30 digest is due at 04:30Z. */
async function world(options: { targets?: string[]; seeds?: number[] } = {}) {
  const clock = createManualClock("2024-03-01T03:00:00Z");
  const file = createStoreFile(clock);
  cleanup = file.cleanup;
  const store = file.open();
  await ingestSeeds(store, options.seeds);
  const slack = createRecordingSender();
  const digests = [digestConfig(options.targets ? { targets: options.targets } : {})];
  return { clock, file, store, slack, digests };
}

describe("scheduled digest delivery (injected clock, real SQLite file)", () => {
  it("a scheduled slot posts once, with sources, and becomes a thread root", async () => {
    const { clock, store, slack, digests } = await world();
    const threads = createMemoryThreadRegistry();
    const runner = runnerFor(store, clock, digests, { slack: slack.sender }, { threads });
    clock.set("2024-03-01T04:29:00Z");
    await runner.tick(clock.now());
    expect(slack.posts).toHaveLength(0);
    clock.set("2024-03-01T04:30:00Z");
    await runner.tick(clock.now());
    await runner.tick(clock.now());
    clock.advance(20 * MINUTE);
    await runner.tick(clock.now());
    expect(slack.posts).toHaveLength(1);
    const [post] = slack.posts;
    expect(post?.marker).toEqual({ digestId: "morning", slot: "2024-03-01T04:30:00.000Z" });
    expect(post?.doc.blocks.some((block) => block.type === "sources" && block.sources.length > 0)).toBe(true);
    expect(post?.doc.blocks.some((block) => block.type === "context" && block.text.includes("late"))).toBe(false);
    expect(await threads.isBotThread("slack", "C1", post?.messageId ?? "")).toBe(true);
    expect(store.getThread({ platform: "slack", channel: "C1", threadId: post?.messageId ?? "" })?.factIds.length).toBeGreaterThan(0);
    expect(store.lastSentDelivery("morning", "slack:C1")?.messageId).toBe(post?.messageId);
  });

  it("caps the digest at maxItems and points to the topic for the rest", async () => {
    const { clock, store, slack } = await world();
    const runner = runnerFor(store, clock, [digestConfig({ maxItems: 3 })], { slack: slack.sender });
    clock.set("2024-03-01T04:30:00Z");
    await runner.tick(clock.now());
    const blocks = slack.posts[0]?.doc.blocks ?? [];
    // a story's own line heads its quotes and events; it is an item by itself only for an article that brought neither
    const heads = (i: number) => ["quote", "timeline"].includes(blocks[i + 1]?.type ?? "");
    const shown = blocks.reduce(
      (n, b, i) => n + (b.type === "quote" ? 1 : b.type === "timeline" ? b.entries.length : b.type === "bullets" && !heads(i) ? 1 : 0),
      0,
    );
    expect(shown).toBe(3);
    expect(blocks).toContainEqual(expect.objectContaining({ type: "more", command: "/brief turkey-mediation" }));
  });

  it("a restart inside the same slot posts nothing more", async () => {
    const { clock, file, store, slack, digests } = await world();
    clock.set("2024-03-01T04:30:00Z");
    await runnerFor(store, clock, digests, { slack: slack.sender }).tick(clock.now());
    store.close();
    clock.advance(5 * MINUTE);
    const restarted = runnerFor(file.open(), clock, digests, { slack: slack.sender });
    await restarted.tick(clock.now());
    expect(slack.posts).toHaveLength(1);
  });

  it.each([
    { posted: true, status: "reconciled" },
    { posted: false, status: "sent" },
  ])(
    "a crash between claim and record (post reached platform: $posted) gives exactly one post after restart",
    async ({ posted, status }) => {
      const { clock, file, store, slack, digests } = await world();
      clock.set("2024-03-01T04:30:00Z");
      slack.dieInNextSend({ posted });
      void runnerFor(store, clock, digests, { slack: slack.sender }).tick(clock.now());
      await vi.waitFor(() => expect(store.lastDelivery("morning", "slack:C1")?.status).toBe("sending"), patiently);
      // the process is gone; a new one starts on the same file a few minutes later
      clock.advance(2 * MINUTE);
      const restarted = runnerFor(file.open(), clock, digests, { slack: slack.sender });
      const early = await restarted.tick(clock.now());
      expect(early[0]?.outcome.status).toBe("busy");
      clock.advance(10 * MINUTE);
      const later = await restarted.tick(clock.now());
      expect(later[0]?.outcome.status).toBe(status);
      await restarted.tick(clock.now());
      expect(slack.posts).toHaveLength(1);
      expect(file.open().lastDelivery("morning", "slack:C1")).toMatchObject({ status: "sent", messageId: slack.posts[0]?.messageId });
    },
  );

  it("two processes on one store file post once", async () => {
    const { clock, file, store, slack, digests } = await world();
    const other = file.open();
    clock.set("2024-03-01T04:30:00Z");
    const a = runnerFor(store, clock, digests, { slack: slack.sender });
    const b = runnerFor(other, clock, digests, { slack: slack.sender });
    const results = await Promise.all([a.tick(clock.now()), b.tick(clock.now()), a.tick(clock.now()), b.tick(clock.now())]);
    expect(slack.posts).toHaveLength(1);
    expect(results.flat().filter((r) => r.outcome.status === "sent")).toHaveLength(1);
  });

  it("downtime across two slots gives one late post within the grace period", async () => {
    const { clock, file, store, slack, digests } = await world({ seeds: [0] });
    clock.set("2024-03-01T04:30:00Z");
    await runnerFor(store, clock, digests, { slack: slack.sender }).tick(clock.now());
    store.close();
    // down from just after the 1 March post until 2 hours after the 3 March slot; new articles came in meanwhile
    clock.set("2024-03-02T10:00:00Z");
    const writer = file.open();
    await ingestSeeds(writer, [1]);
    clock.set("2024-03-03T06:30:00Z");
    const restarted = runnerFor(file.open(), clock, digests, { slack: slack.sender });
    await restarted.tick(clock.now());
    await restarted.tick(clock.now());
    expect(slack.posts).toHaveLength(2);
    const late = slack.posts[1];
    expect(late?.marker.slot).toBe("2024-03-03T04:30:00.000Z");
    expect(late?.doc.blocks.some((block) => block.type === "context" && block.text.includes("late"))).toBe(true);
    expect(file.open().lastDelivery("morning", "slack:C1")?.late).toBe(true);
  });

  it("a slot missed by more than the grace period is skipped", async () => {
    const { clock, store, slack, digests } = await world();
    clock.set("2024-03-01T12:00:00Z");
    const results = await runnerFor(store, clock, digests, { slack: slack.sender }, { graceHours: 6 }).tick(clock.now());
    expect(results[0]?.outcome.status).toBe("missed");
    expect(slack.posts).toHaveLength(0);
  });

  it("a 500 on one channel does not hold up the others; it is retried with backoff", async () => {
    const { clock, store, slack } = await world();
    const digests = [digestConfig({ targets: ["slack:C1", "slack:C2", "slack:C3"] })];
    slack.failNext("C2", 500, 503);
    clock.holdSleeps();
    clock.set("2024-03-01T04:30:00Z");
    const tick = runnerFor(store, clock, digests, { slack: slack.sender }).tick(clock.now());
    await vi.waitFor(() => expect(slack.posts.map((p) => p.channel).sort()).toEqual(["C1", "C3"]), patiently);
    expect(slack.postsTo("C2")).toHaveLength(0);
    clock.release();
    const results = await tick;
    expect(results.map((r) => r.outcome.status)).toEqual(["sent", "sent", "sent"]);
    expect(slack.postsTo("C2")).toHaveLength(1);
    expect(clock.sleeps).toEqual([1_000, 2_000]);
  });

  it("a channel that keeps failing is paused after maxFailures and the others carry on", async () => {
    const { clock, store, slack } = await world();
    const digests = [digestConfig({ targets: ["slack:C1", "slack:C9"], postWhenEmpty: true })];
    const runner = runnerFor(store, clock, digests, { slack: slack.sender }, { maxFailures: 2 });
    slack.failNext("C9", 404, 404, 404);
    const outcomes: string[] = [];
    for (const day of ["01", "02", "03"]) {
      clock.set(`2024-03-${day}T04:30:00Z`);
      const results = await runner.tick(clock.now());
      outcomes.push(results.find((r) => r.target === "slack:C9")?.outcome.status ?? "");
    }
    expect(outcomes).toEqual(["failed", "failed", "paused"]);
    expect(slack.postsTo("C1")).toHaveLength(3);
    expect(await runner.runNow("morning", clock.now())).toContainEqual(expect.objectContaining({ target: "slack:C9" }));
  });

  it("nothing new since the last digest posts nothing (and one line when configured)", async () => {
    const { clock, store, slack, digests } = await world();
    const runner = runnerFor(store, clock, digests, { slack: slack.sender });
    clock.set("2024-03-01T04:30:00Z");
    await runner.tick(clock.now());
    clock.set("2024-03-02T04:30:00Z");
    const quiet = await runner.tick(clock.now());
    expect(quiet[0]?.outcome.status).toBe("empty");
    expect(slack.posts).toHaveLength(1);
    const chatty = runnerFor(store, clock, [digestConfig({ postWhenEmpty: true })], { slack: slack.sender });
    await chatty.tick(clock.now());
    expect(slack.posts).toHaveLength(2);
    expect(slack.posts[1]?.doc.summary).toMatch(/^Nothing new on /);
  });

  it("a first digest covers only the look-back window", async () => {
    const { clock, store, slack } = await world();
    clock.set("2024-03-05T04:30:00Z");
    const results = await runnerFor(store, clock, [digestConfig({ lookbackHours: 24 })], { slack: slack.sender }).tick(clock.now());
    expect(results[0]?.outcome.status).toBe("empty");
  });
});
