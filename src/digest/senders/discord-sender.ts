import type { Document } from "../../render/document.ts";
import { classifyHttpError, DigestSendError, type DigestSender } from "../sender.ts";
import { markerTag, markerToken } from "./marker.ts";

type Embed = { footer?: { text: string }; [key: string]: unknown };

/** One Discord message as the Discord renderer makes it. */
export type DiscordDigestMessage = { content?: string; embeds?: readonly Embed[] };

/** The two REST calls a digest needs (POST /channels/{id}/messages, GET /channels/{id}/messages), from any client. */
export type DiscordDigestClient = {
  createMessage(
    channelId: string,
    body: { content?: string; embeds?: Embed[]; nonce?: string; enforce_nonce?: boolean; message_reference?: { message_id: string } },
  ): Promise<{ id: string }>;
  /** The newest `limit` messages of the channel. */
  recentMessages(channelId: string, limit: number): Promise<{ id: string; content?: string; embeds?: Embed[] }[]>;
};

/** Puts the marker where it survives on the message: the last embed's footer, or a last content line. */
function tagged(message: DiscordDigestMessage, tag: string): { content?: string; embeds?: Embed[] } {
  const embeds = [...(message.embeds ?? [])];
  const last = embeds.at(-1);
  if (last) {
    embeds[embeds.length - 1] = { ...last, footer: { text: last.footer?.text ? `${last.footer.text} · ${tag}` : tag } };
    return { ...(message.content ? { content: message.content } : {}), embeds };
  }
  return { content: `${message.content ?? ""}\n-# ${tag}`.trim() };
}

const plain = (message: DiscordDigestMessage) => ({
  ...(message.content ? { content: message.content } : {}),
  ...(message.embeds ? { embeds: [...message.embeds] } : {}),
});

const carries = (message: { content?: string; embeds?: Embed[] }, tag: string) =>
  Boolean(message.content?.includes(tag) || message.embeds?.some((embed) => embed.footer?.text.includes(tag)));

/**
 * Digests to Discord. The first message carries a nonce with `enforce_nonce` (Discord then answers a
 * repeated post with the first message instead of a second one, for a few minutes) and a footer tag;
 * after a longer outage the tag is looked for in the channel's recent messages. Further parts reply to the first.
 */
export function createDiscordDigestSender(options: {
  client: DiscordDigestClient;
  render: (doc: Document) => readonly DiscordDigestMessage[];
  /** How many recent messages reconciliation reads (Discord's maximum per request is 100). */
  recent?: number;
}): DigestSender {
  return {
    async send(target, doc, { marker }) {
      const [first, ...rest] = options.render(doc);
      if (!first) throw new DigestSendError("the digest rendered to no Discord message", { retryable: false });
      let id: string;
      try {
        const body = {
          ...tagged(first, markerTag(marker, target.channel)),
          nonce: markerToken(marker, target.channel),
          enforce_nonce: true,
        };
        id = (await options.client.createMessage(target.channel, body)).id;
      } catch (error) {
        throw classifyHttpError(error);
      }
      for (const part of rest) {
        // why: the first message is the digest of record; a lost follow-on part must not re-post it all.
        await options.client
          .createMessage(target.channel, { ...plain(part), message_reference: { message_id: id } })
          .catch(() => undefined);
      }
      return { messageId: id };
    },
    async findDelivered(target, marker) {
      const tag = markerTag(marker, target.channel);
      try {
        const messages = await options.client.recentMessages(target.channel, options.recent ?? 100);
        return messages.find((message) => carries(message, tag))?.id ?? null;
      } catch (error) {
        throw classifyHttpError(error);
      }
    },
  };
}
