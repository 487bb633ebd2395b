import { afterEach, describe, expect, it } from "vitest";
import { BRIEF, LONG } from "../support/fake-slack-dispatcher.ts";
import { type SlackHarness, startSlackHarness } from "../support/fake-slack-harness.ts";
import { eventCallback, postSigned, SIGNING_SECRET, sign, slashCommand, threadReply } from "../support/fake-slack-requests.ts";

let harness: SlackHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(options: Partial<Parameters<typeof startSlackHarness>[0]> = {}): Promise<SlackHarness> {
  harness = await startSlackHarness({ mode: "http", ...options });
  return harness;
}

async function slash(h: SlackHarness, text: string, extra: { channel?: string } = {}) {
  const body = new URLSearchParams(slashCommand({ text, responseUrl: h.fake.responseUrl(), ...extra })).toString();
  return postSigned(h.url, body, "form");
}

async function event(h: SlackHarness, payload: Record<string, unknown>, eventId?: string) {
  return postSigned(h.url, JSON.stringify(eventCallback(payload, eventId)), "json");
}

/** Posts a /brief and waits for its answer in the channel; returns the answer's ts (a thread root). */
async function briefRoot(h: SlackHarness, text = "turkey-mediation"): Promise<string> {
  await slash(h, text);
  await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 1);
  const root = String(h.fake.accepted("chat.postMessage")[0]?.reply.ts);
  // why: the adapter records the root once Slack's reply is back; a test is faster than any human replier.
  await h.fake.waitFor(() => h.threads.isBotThread("slack", "C0001", root) === true);
  return root;
}

describe("Slack over HTTP (real Bolt app against a fake Slack)", () => {
  it("acks a signed /brief at once and posts the brief in the channel with blocks", async () => {
    const h = await start();
    const response = await slash(h, "turkey-mediation");
    expect(response.status).toBe(200);
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 1);
    const [post] = h.fake.calls("chat.postMessage");
    expect(post?.headers.authorization).toBe("Bearer xoxb-fake-token");
    expect(post?.body.channel).toBe("C0001");
    expect(post?.body.thread_ts).toBeUndefined();
    expect(post?.body.text).toBe(BRIEF.summary);
    const blocks = post?.body.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks[0]).toMatchObject({ type: "header", text: { text: BRIEF.summary } });
    const all = JSON.stringify(blocks);
    // The article text's <!channel> is shown, defused: it never reaches Slack as a live mention.
    expect(all).toContain("!channel");
    expect(all).not.toMatch(/<!(channel|here|everyone)/);
    expect(h.dispatcher.asked).toEqual([
      { text: "/brief turkey-mediation", request: { platform: "slack", channelId: "C0001", userId: "U0001" } },
    ]);
  });

  it("refuses a bad signature and a 6-minute-old timestamp with 401 and posts nothing", async () => {
    const h = await start();
    const body = new URLSearchParams(slashCommand({ text: "turkey-mediation", responseUrl: h.fake.responseUrl() })).toString();
    const forged = await postSigned(h.url, body, "form", sign(body, "not-the-secret"));
    const stale = await postSigned(h.url, body, "form", sign(body, SIGNING_SECRET, Math.floor(Date.now() / 1000) - 6 * 60));
    expect([forged.status, stale.status]).toEqual([401, 401]);
    // A good request afterwards is answered; it is the only thing that ever reached the fake's message routes.
    await slash(h, "sentinel");
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 1);
    expect(h.dispatcher.asked.map((a) => a.text)).toEqual(["/brief sentinel"]);
    expect(h.fake.calls("chat.postMessage")).toHaveLength(1);
    expect(h.fake.calls("response_url")).toHaveLength(0);
  });

  it("answers a reply in the thread under its own answer, in that thread, with the thread as context", async () => {
    const h = await start();
    const root = await briefRoot(h, "who Kalin");
    await event(h, threadReply({ threadTs: root, text: "what did he say about the grain deal?" }));
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 2);
    const answer = h.fake.accepted("chat.postMessage")[1];
    expect(answer?.body).toMatchObject({ channel: "C0001", thread_ts: root, text: "Answer: what did he say about the grain deal?" });
    expect(h.dispatcher.asked[1]).toEqual({
      text: "what did he say about the grain deal?",
      request: { platform: "slack", channelId: "C0001", userId: "U0001", threadId: root },
    });
  });

  it("answers an event delivered twice (Slack's retry) once", async () => {
    const h = await start();
    const root = await briefRoot(h);
    const reply = threadReply({ threadTs: root, text: "who else spoke?" });
    await event(h, reply, "EvTWICE");
    const again = JSON.stringify(eventCallback(reply, "EvTWICE"));
    // why: Slack marks a redelivery with these headers; the event id stays the same.
    await postSigned(h.url, again, "json", { ...sign(again), "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
    await event(h, threadReply({ threadTs: root, text: "sentinel" }));
    await h.fake.waitFor(() => h.dispatcher.asked.some((a) => a.text === "sentinel") && h.fake.accepted("chat.postMessage").length >= 3);
    const answers = h.fake.accepted("chat.postMessage").filter((c) => c.body.thread_ts === root);
    expect(answers.map((c) => c.body.text)).toEqual(["Answer: who else spoke?", "Answer: sentinel"]);
  });

  it.each([
    ["message first", ["message", "app_mention"]],
    ["app_mention first", ["app_mention", "message"]],
  ])("answers a mention inside a watched thread once, though it arrives as message and app_mention (%s)", async (_order, types) => {
    const h = await start();
    const root = await briefRoot(h);
    const reply = threadReply({ threadTs: root, text: "<@UBOT> and the grain deal?" });
    for (const type of types) await event(h, { ...reply, type });
    await event(h, threadReply({ threadTs: root, text: "sentinel" }));
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").some((c) => c.body.text === "Answer: sentinel"));
    const answers = h.fake.accepted("chat.postMessage").filter((c) => c.body.thread_ts === root);
    expect(answers.map((c) => c.body.text)).toEqual(["Answer: and the grain deal?", "Answer: sentinel"]);
  });

  it("answers a mention in a channel in a new thread under it, and replies there without a mention", async () => {
    const h = await start();
    await event(h, { type: "app_mention", channel: "C0002", user: "U0001", text: "<@UBOT> who is Kalin?", ts: "1750000000.000100" });
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 1);
    expect(h.fake.accepted("chat.postMessage")[0]?.body).toMatchObject({
      channel: "C0002",
      thread_ts: "1750000000.000100",
      text: "Answer: who is Kalin?",
    });
    await event(h, threadReply({ channel: "C0002", threadTs: "1750000000.000100", text: "and his role?" }));
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 2);
    expect(h.fake.accepted("chat.postMessage")[1]?.body).toMatchObject({ thread_ts: "1750000000.000100", text: "Answer: and his role?" });
  });

  it("ignores its own posts, other bots, edits, joins and threads that are not its own", async () => {
    const h = await start();
    const root = await briefRoot(h);
    await event(h, { ...threadReply({ threadTs: root, text: "mine" }), user: "UBOT", bot_id: "BBOT" });
    await event(h, { ...threadReply({ threadTs: root, text: "other bot" }), bot_id: "BOTHER" });
    await event(h, { ...threadReply({ threadTs: root, text: "edited" }), subtype: "message_changed" });
    await event(h, { ...threadReply({ threadTs: root, text: "joined" }), subtype: "channel_join" });
    await event(h, threadReply({ threadTs: "1600000000.000001", text: "someone else's thread" }));
    await event(h, {
      type: "message",
      channel: "C0001",
      channel_type: "channel",
      user: "U0001",
      text: "top-level chatter",
      ts: "1750000001.000100",
    });
    await event(h, threadReply({ threadTs: root, text: "sentinel" }));
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 2);
    expect(h.dispatcher.asked.map((a) => a.text)).toEqual(["/brief turkey-mediation", "sentinel"]);
  });

  it("waits out a 429 (Retry-After: 1) and then posts the answer once", async () => {
    const h = await start({ retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 1 } });
    h.fake.fail("chat.postMessage", { status: 429, retryAfter: 1 });
    await slash(h, "turkey-mediation");
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").length === 1);
    const calls = h.fake.calls("chat.postMessage");
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]?.body.text).toBe(BRIEF.summary);
    expect(h.logs.join("")).toMatch(/rate limited by Slack/);
  });

  it("tells the user through the response_url when it is not in the channel, with the answer and an invite hint", async () => {
    const h = await start();
    h.fake.fail("chat.postMessage", { error: "not_in_channel" });
    await slash(h, "turkey-mediation");
    await h.fake.waitFor(() => h.fake.accepted("response_url").length === 2);
    const [notice, answer] = h.fake.accepted("response_url");
    expect(notice?.body).toMatchObject({ response_type: "ephemeral" });
    expect(String(notice?.body.text)).toContain("/invite <@UBOT>");
    expect(answer?.body).toMatchObject({ response_type: "ephemeral", text: BRIEF.summary });
    expect(h.logs.join("")).toMatch(/could not post the answer .*code=not_in_channel.*channel=C0001|channel=C0001.*code=not_in_channel/);
    // every line of the command's handling names the request: the slash command's trigger id
    expect(h.logs.join("")).toMatch(/could not post the answer .*requestId=\d+\.456\.abc/);
  });

  it("sends ephemeral answers (help, errors) only to the asker, through the response_url", async () => {
    const h = await start();
    await slash(h, "help");
    await h.fake.waitFor(() => h.fake.accepted("response_url").length === 1);
    expect(h.fake.accepted("response_url")[0]?.body).toMatchObject({ response_type: "ephemeral", text: "Briefbot commands" });
    expect(h.fake.calls("chat.postMessage")).toHaveLength(0);
  });

  it("falls back to chat.postEphemeral when the response_url is used up", async () => {
    const h = await start();
    h.fake.fail("response_url", { error: "used_url" });
    await slash(h, "help");
    await h.fake.waitFor(() => h.fake.accepted("chat.postEphemeral").length === 1);
    expect(h.fake.accepted("chat.postEphemeral")[0]?.body).toMatchObject({ channel: "C0001", user: "U0001", text: "Briefbot commands" });
    expect(h.logs.join("")).toMatch(/response_url refused the answer/);
  });

  it("splits a long answer into several messages that all fit Slack's limits, each a thread root", async () => {
    const h = await start();
    await slash(h, "long");
    const expected = h.render(LONG).length;
    expect(expected).toBeGreaterThan(1);
    await h.fake.waitFor(() => h.fake.calls("chat.postMessage").length === expected);
    const posts = h.fake.calls("chat.postMessage");
    expect(posts.map((p) => p.reply.error)).toEqual(posts.map(() => undefined));
    const lastPart = String(posts[posts.length - 1]?.reply.ts);
    await h.fake.waitFor(() => h.threads.isBotThread("slack", "C0001", lastPart) === true);
    await event(h, threadReply({ threadTs: lastPart, text: "under the last part" }));
    await h.fake.waitFor(() => h.fake.accepted("chat.postMessage").some((c) => c.body.thread_ts === lastPart));
  });

  it("refuses to start with a bot token Slack rejects, naming the variable", async () => {
    await expect(
      startSlackHarness({ mode: "http", beforeStart: (fake) => fake.fail("auth.test", { error: "invalid_auth" }, 5) }),
    ).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/);
  });
});
