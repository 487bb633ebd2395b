import type { Message, ThreadChannel } from "discord.js";
import { z } from "zod";
import { toMessageBody } from "./deliver.ts";
import { openThread } from "./open-thread.ts";
import type { HandlerDeps } from "./types.ts";

const SnowflakeSchema = z.string().regex(/^\d{15,25}$/);

/** The fields of a MESSAGE_CREATE this handler relies on. */
const IncomingSchema = z.object({
  id: SnowflakeSchema,
  content: z.string().max(4_000),
  authorId: SnowflakeSchema,
  channelId: SnowflakeSchema,
  referenceId: SnowflakeSchema.optional(),
});

/**
 * The question in a message: mentions of the bot removed. Plain text becomes `ask <question>` (a follow-up
 * like "who else said that?" is a question, not the `who` command); `/brief …` stays a command.
 */
export function followUpText(content: string, botUserId: string): string | undefined {
  const question = content
    .replace(new RegExp(`<@!?${botUserId}>`, "g"), " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!question) return undefined;
  return /^\/brief\b/i.test(question) ? question : `ask ${question}`;
}

/**
 * A message in a thread the bot owns (or, in `on-first-reply` mode, a reply to one of its answers): asked
 * in the thread's context and answered in the thread. Bots, including this one, are never answered.
 */
export async function answerThreadMessage(message: Message, deps: HandlerDeps & { botUserId: string }): Promise<void> {
  // why: answering bots risks reply loops between bots, and our own messages arrive here too.
  if (message.author.bot || message.system || !message.inGuild()) return;
  const incoming = IncomingSchema.safeParse({
    id: message.id,
    content: message.content,
    authorId: message.author.id,
    channelId: message.channelId,
    referenceId: message.reference?.messageId,
  });
  if (!incoming.success) return;
  const { data } = incoming;
  const channel = message.channel;
  let parentId: string;
  let rootId: string;
  if (channel.isThread()) {
    if (!channel.parentId) return;
    parentId = channel.parentId;
    rootId = channel.id;
  } else if (deps.threadMode === "on-first-reply" && data.referenceId && message.reference?.channelId === data.channelId) {
    parentId = data.channelId;
    rootId = data.referenceId;
  } else {
    return;
  }
  if (!(await deps.threads.isBotThread("discord", parentId, rootId))) return;
  // why: without the Message Content intent Discord blanks `content` unless the bot is mentioned.
  const text = followUpText(data.content, deps.botUserId);
  if (!text) return;
  if (!(await deps.threads.claimEvent("discord", `message:${data.id}`))) return;
  const thread: ThreadChannel | undefined = channel.isThread() ? channel : await openThread(channel, rootId, text.replace(/^ask /, ""));
  if (!thread) return;
  await deps.gate.clear();
  const doc = await deps.dispatcher.handle(text, { platform: "discord", channelId: parentId, userId: data.authorId, threadId: thread.id });
  for (const payload of deps.render(doc)) await thread.send(toMessageBody(payload));
}
