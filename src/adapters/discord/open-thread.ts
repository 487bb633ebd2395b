import { ChannelType, type TextBasedChannel, ThreadAutoArchiveDuration, type ThreadChannel } from "discord.js";

// why: a thread name must be 1–100 characters.
const NAME_MAX = 100;
// why: Discord answers 160004 when a thread already exists on the message (someone opened it first).
const THREAD_ALREADY_CREATED = 160004;

/** The name of a thread under an answer: its one-line summary, single-line and cut to Discord's limit. */
export function threadName(summary: string): string {
  const line = summary.replace(/\s+/g, " ").trim() || "Follow-ups";
  const chars = Array.from(line);
  return chars.length <= NAME_MAX ? line : `${chars.slice(0, NAME_MAX - 1).join("")}…`;
}

/**
 * Opens (or finds) the thread on a message in a text or announcement channel. The thread's id is the
 * message's id, which is how a thread opened later is recognised as the bot's. Undefined where Discord
 * has no message threads (DMs, forums, voice text).
 */
export async function openThread(channel: TextBasedChannel | null, messageId: string, name: string): Promise<ThreadChannel | undefined> {
  if (!channel || (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement)) return undefined;
  try {
    return await channel.threads.create({
      name: threadName(name),
      startMessage: messageId,
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
  } catch (error) {
    if ((error as { code?: unknown }).code !== THREAD_ALREADY_CREATED) throw error;
    const existing = await channel.threads.fetch(messageId);
    return existing ?? undefined;
  }
}
