import { afterEach, describe, expect, it } from "vitest";
import { BRIEF } from "../support/fake-slack-dispatcher.ts";
import { type SlackHarness, startSlackHarness } from "../support/fake-slack-harness.ts";
import { eventCallback, slashCommand, threadReply } from "../support/fake-slack-requests.ts";

let harness: SlackHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(): Promise<SlackHarness> {
  harness = await startSlackHarness({ mode: "socket" });
  return harness;
}

describe("Slack over Socket Mode (real Bolt app against a fake Slack socket)", () => {
  it("opens the socket with the app token, acks /brief over it and posts the brief with the bot token", async () => {
    const h = await start();
    expect(h.fake.calls("apps.connections.open")[0]?.headers.authorization).toBe("Bearer xapp-fake-token");
    const envelope = h.fake.socket.send("slash_commands", slashCommand({ text: "turkey-mediation", responseUrl: h.fake.responseUrl() }));
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 1);
    expect(h.fake.socket.acks.map((ack) => ack.envelope_id)).toContain(envelope);
    const [post] = h.fake.accepted("chat.postMessage");
    expect(post?.headers.authorization).toBe("Bearer xoxb-fake-token");
    expect(post?.body).toMatchObject({ channel: "C0001", text: BRIEF.summary });
    expect(post?.body.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ type: "header" })]));
  });

  it("answers a thread reply under its answer once, though Slack delivers the envelope twice", async () => {
    const h = await start();
    h.fake.socket.send("slash_commands", slashCommand({ text: "who Kalin", responseUrl: h.fake.responseUrl() }));
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 1);
    const root = String(h.fake.accepted("chat.postMessage")[0]?.reply.ts);
    await h.fake.waitFor(() => h.threads.isBotThread("slack", "C0001", root) === true);
    const body = eventCallback(threadReply({ threadTs: root, text: "what did he say about the grain deal?" }));
    h.fake.socket.send("events_api", body);
    // why: Socket Mode redelivers an unacknowledged envelope with retry_attempt set; the event id is unchanged.
    h.fake.socket.send("events_api", body, { retry_attempt: 1, retry_reason: "timeout" });
    h.fake.socket.send("events_api", eventCallback(threadReply({ threadTs: root, text: "sentinel" })));
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").some((c) => c.body.text === "Answer: sentinel"));
    const answers = h.fake.accepted("chat.postMessage").filter((c) => c.body.thread_ts === root);
    expect(answers.map((c) => c.body.text)).toEqual(["Answer: what did he say about the grain deal?", "Answer: sentinel"]);
  });

  it("sends an ephemeral answer through the response_url", async () => {
    const h = await start();
    h.fake.socket.send("slash_commands", slashCommand({ text: "help", responseUrl: h.fake.responseUrl() }));
    await h.fake.waitFor(() => h.fake.accepted("response_url").length === 1);
    expect(h.fake.accepted("response_url")[0]?.body).toMatchObject({ response_type: "ephemeral", text: "Briefbot commands" });
    expect(h.fake.calls("chat.postMessage")).toHaveLength(0);
  });
});
