import { afterEach, describe, expect, it } from "vitest";
import { WORKER_CRASHED_TEXT } from "../../src/dispatch/answer-pool.ts";
import type { FakeSlack } from "../support/fake-slack.ts";
import { postSigned, slashCommand } from "../support/fake-slack-requests.ts";
import { type PooledSlack, startPooledSlack } from "../support/pooled-slack.ts";

let world: PooledSlack | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Read-only commands of every kind: answered in a worker, the same as the main thread answers them. */
const READS = [
  "who Kalin",
  "turkey-mediation",
  "grain-deal",
  "us-russia-contacts",
  "russia-ukraine-war",
  "topics",
  "sources",
  "on 2022-11",
  "on 2022",
  "entity Kalin",
  "ask who is Kalin?",
  "help",
  "help who",
  "hlep",
  "who Kalin --all",
  "grain-deal --all",
];

type Sent = { text: string; channel: string; responseUrl: string; status: number; ack: string };

/** Sends every command at once, each from its own channel (answers are paced per channel). */
async function burst(slack: FakeSlack, url: string, texts: readonly string[], tag: string): Promise<Sent[]> {
  return Promise.all(
    texts.map(async (text, i) => {
      const channel = `C${tag}${i}`;
      const responseUrl = slack.responseUrl();
      const response = await postSigned(url, new URLSearchParams(slashCommand({ text, channel, responseUrl })).toString(), "form");
      return { text, channel, responseUrl, status: response.status, ack: await response.text() };
    }),
  );
}

/** What reached the asker: the channel's posts, or the private replies at its response_url. */
function delivered(slack: FakeSlack, sent: Sent): Array<{ text: unknown; blocks: unknown }> {
  const path = new URL(sent.responseUrl).pathname;
  const posts = slack.accepted("chat.postMessage").filter((call) => call.body.channel === sent.channel);
  const replies = slack.accepted("response_url").filter((call) => call.path === path);
  return [...posts, ...replies].map((call) => ({ text: call.body.text, blocks: call.body.blocks }));
}

const asSent = (messages: readonly unknown[]) =>
  messages.map((message) => {
    const { text, blocks } = message as { text: unknown; blocks?: unknown };
    return { text, blocks };
  });

describe("Slack answers from worker threads (answer pool, real Bolt app, real store)", () => {
  it("acknowledges every command of a simultaneous burst and answers each exactly as the main thread would", async () => {
    world = await startPooledSlack({ size: 2 });
    const { harness, pool } = world;
    const slack = harness.fake;
    const writes = ["subscribe grain-deal", "subscriptions"];
    const sent = await burst(slack, harness.url, [...READS, ...writes], "B");

    for (const one of sent) expect({ text: one.text, status: one.status, ack: one.ack }).toEqual({ text: one.text, status: 200, ack: "" });
    await slack.waitFor(() => sent.every((one) => delivered(slack, one).length > 0));
    for (const one of sent.filter((s) => READS.includes(s.text))) {
      const expected = asSent(await world.expected(one.text, one.channel));
      await slack.waitFor(() => delivered(slack, one).length >= expected.length);
      expect({ command: one.text, messages: delivered(slack, one) }).toEqual({ command: one.text, messages: expected });
    }
    // The reads were answered in workers; the writes fell back to the main thread, which saved the subscription.
    expect(pool.stats()).toMatchObject({ inWorkers: READS.length, onMain: writes.length, crashes: 0 });
    const subscribe = sent.find((one) => one.text === "subscribe grain-deal");
    expect(world.store.listSubscriptions().map((sub) => sub.channel)).toEqual([subscribe?.channel]);
  });

  it("survives a worker that dies mid-answer: that command gets an apology, the rest are answered, a new worker takes over", async () => {
    world = await startPooledSlack({ size: 1, entry: new URL("../support/crashing-answer-worker.ts", import.meta.url) });
    const { harness, pool } = world;
    const slack = harness.fake;
    const texts = ["who Kalin", "grain-deal", "crash-now", "topics", "on 2022-11", "entity Kalin"];
    const sent = await burst(slack, harness.url, texts, "K");

    for (const one of sent) expect(one.status).toBe(200);
    await slack.waitFor(() => sent.every((one) => delivered(slack, one).length > 0));
    const crashed = sent.find((one) => one.text === "crash-now") as Sent;
    expect(delivered(slack, crashed)).toEqual([{ text: WORKER_CRASHED_TEXT, blocks: expect.anything() }]);
    for (const one of sent.filter((s) => s !== crashed)) {
      const expected = asSent(await world.expected(one.text, one.channel));
      await slack.waitFor(() => delivered(slack, one).length >= expected.length);
      expect({ command: one.text, messages: delivered(slack, one) }).toEqual({ command: one.text, messages: expected });
    }
    expect(pool.stats().crashes).toBe(1);
    expect(world.poolLogs.join("")).toContain("an answer worker stopped unexpectedly; starting another");

    // The replacement answers in its thread once it is ready.
    await pool.whenReady();
    const before = pool.stats().inWorkers;
    const [after] = await burst(slack, harness.url, ["who Kalin"], "R");
    await slack.waitFor(() => delivered(slack, after as Sent).length > 0);
    expect(delivered(slack, after as Sent)).toEqual(asSent(await world.expected("who Kalin", "CR0")));
    expect(pool.stats().inWorkers).toBe(before + 1);
  });
});
