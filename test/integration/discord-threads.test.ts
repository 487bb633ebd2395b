import { afterEach, describe, expect, it } from "vitest";
import { createMemoryThreadRegistry } from "../../src/threads/memory-thread-registry.ts";
import type { ThreadContext, ThreadRegistry } from "../../src/threads/thread-registry.ts";
import { CHANNEL_ID, otherBot, USER_ID } from "../support/fake-discord-fixtures.ts";
import { type DiscordHarness, startDiscordHarness } from "../support/fake-discord-harness.ts";

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const postsIn = (h: DiscordHarness, channelId: string) =>
  h.fake.requests.filter((r) => r.method === "POST" && r.path === `/api/v10/channels/${channelId}/messages`);

/** Asks `/brief topic` and returns the id of the public answer message. */
async function answerTopic(h: DiscordHarness): Promise<string> {
  const id = h.fake.command("topic", [{ name: "name", value: "turkey-mediation" }]);
  await h.fake.waitFor(() => h.fake.forInteraction(id).some((r) => r.method === "PATCH" && r.status === 200), "the answer");
  const edit = h.fake.forInteraction(id).find((r) => r.method === "PATCH");
  return String((edit?.response as { id?: string } | undefined)?.id);
}

describe("Discord thread follow-ups (real discord.js against a fake Discord)", () => {
  it("marks the answer's thread with the command as data (name and typed options), not only its readable line", async () => {
    const memory = createMemoryThreadRegistry();
    const marked: ThreadContext[] = [];
    const threads: ThreadRegistry = {
      ...memory,
      markBotThread: (platform, channel, threadId, context) => {
        marked.push(context);
        return memory.markBotThread(platform, channel, threadId, context);
      },
    };
    harness = await startDiscordHarness({ threads });
    const messageId = await answerTopic(harness);
    const h = harness;
    await h.fake.waitFor(() => h.threads.isBotThread("discord", CHANNEL_ID, messageId) === true, "the thread");
    expect(marked[0]).toMatchObject({ command: "topic turkey-mediation", root: { name: "topic", args: { name: "turkey-mediation" } } });
  });

  it("answers a question in the bot's thread, in that thread, with the thread as context", async () => {
    harness = await startDiscordHarness();
    const h = harness;
    const messageId = await answerTopic(h);
    await h.fake.waitFor(
      () => h.fake.threads.has(messageId) && h.threads.isBotThread("discord", CHANNEL_ID, messageId) === true,
      "the thread",
    );

    h.fake.userMessage(messageId, "hello from a bot", { author: otherBot });
    h.fake.userMessage(CHANNEL_ID, "not in a thread");
    h.fake.userMessage(messageId, "what did he say about the grain deal?");
    await h.fake.waitFor(() => postsIn(h, messageId).length === 1, "the answer in the thread");

    expect(h.calls.slice(1)).toEqual([
      {
        text: "ask what did he say about the grain deal?",
        request: { platform: "discord", channelId: CHANNEL_ID, userId: USER_ID, threadId: messageId },
      },
    ]);
    const answer = postsIn(h, messageId)[0]?.body as { embeds: { title: string }[]; allowed_mentions: unknown };
    expect(answer.embeds[0]?.title).toBe("Answer to ask what did he say about the grain deal?");
    expect(answer.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(postsIn(h, CHANNEL_ID)).toEqual([]);
  });

  it("without the Message Content intent answers only messages that mention the bot", async () => {
    harness = await startDiscordHarness({ messageContentIntent: false });
    const h = harness;
    expect(h.fake.gateway.intents & (1 << 15)).toBe(0);
    const messageId = await answerTopic(h);
    await h.fake.waitFor(() => h.threads.isBotThread("discord", CHANNEL_ID, messageId) === true, "the thread");

    h.fake.userMessage(messageId, "a reply Discord blanks");
    h.fake.userMessage(messageId, "who else mediates?", { mentionBot: true });
    await h.fake.waitFor(() => postsIn(h, messageId).length === 1, "the answer in the thread");
    expect(h.calls.slice(1).map((call) => call.text)).toEqual(["ask who else mediates?"]);
  });

  it("on-first-reply: opens the thread when someone replies to the answer, and answers there", async () => {
    harness = await startDiscordHarness({ threadMode: "on-first-reply" });
    const h = harness;
    const messageId = await answerTopic(h);
    await h.fake.waitFor(() => h.threads.isBotThread("discord", CHANNEL_ID, messageId) === true, "the answer to be marked");
    expect(h.fake.threads.size).toBe(0);

    h.fake.userMessage(CHANNEL_ID, "and Russia's view?", { replyTo: messageId });
    await h.fake.waitFor(() => postsIn(h, messageId).length === 1, "the answer in the new thread");
    expect(h.fake.threads.get(messageId)?.parent_id).toBe(CHANNEL_ID);

    h.fake.userMessage(messageId, "and Ukraine's?");
    await h.fake.waitFor(() => postsIn(h, messageId).length === 2, "the second answer");
    expect(h.calls.slice(1).map((call) => [call.text, call.request.threadId])).toEqual([
      ["ask and Russia's view?", messageId],
      ["ask and Ukraine's?", messageId],
    ]);
  });

  it("gives /brief typed inside a thread the thread as context, and opens no thread inside it", async () => {
    harness = await startDiscordHarness();
    const h = harness;
    const messageId = await answerTopic(h);
    await h.fake.waitFor(() => h.threads.isBotThread("discord", CHANNEL_ID, messageId) === true, "the thread");
    const id = h.fake.command("ask", [{ name: "question", value: "and then?" }], messageId);
    await h.fake.waitFor(() => h.fake.forInteraction(id).some((r) => r.method === "PATCH"), "the answer");
    expect(h.calls[1]).toEqual({
      text: "ask and then?",
      invocation: { command: "ask", options: { question: "and then?" } },
      request: { platform: "discord", channelId: CHANNEL_ID, userId: USER_ID, threadId: messageId },
    });
    await h.fake.waitFor(() => new RegExp(`command answered .*requestId=${id}`).test(h.log()), "the command to finish");
    expect(h.fake.requests.filter((r) => r.path.endsWith("/threads"))).toHaveLength(1);
  });

  it("keeps answering in its threads after a restart", async () => {
    harness = await startDiscordHarness();
    const h = harness;
    const messageId = await answerTopic(h);
    await h.fake.waitFor(() => h.threads.isBotThread("discord", CHANNEL_ID, messageId) === true, "the thread");
    await h.restart();
    h.fake.userMessage(messageId, "still there?");
    await h.fake.waitFor(() => postsIn(h, messageId).length === 1, "the answer after the restart");
    expect(h.fake.gateway.received.filter((frame) => frame.op === 2)).toHaveLength(2);
  });
});
