import { REST, Routes } from "discord.js";
import type { DiscordDigestClient } from "../../digest/senders/discord-sender.ts";
import { discordApiBase } from "../../discord-commands/register.ts";

/** The two REST calls digests make: post into a channel, and read its recent messages to reconcile. */
export function createDiscordDigestClient(options: { token: string; apiUrl?: string | undefined }): DiscordDigestClient {
  const rest = new REST({ api: discordApiBase(options.apiUrl) }).setToken(options.token);
  return {
    createMessage: async (channelId, body) =>
      // why: nobody is pinged by a digest, whatever an article's text holds.
      (await rest.post(Routes.channelMessages(channelId), { body: { ...body, allowed_mentions: { parse: [] } } })) as { id: string },
    recentMessages: async (channelId, limit) =>
      (await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: String(limit) }) })) as Awaited<
        ReturnType<DiscordDigestClient["recentMessages"]>
      >,
  };
}
