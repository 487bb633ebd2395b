import { z } from "zod";
import { hasLiveDiscordMention } from "../safety/mentions.ts";

/** Discord's message limits (discord-api-docs, `developers/resources/message.mdx`), as data. */
export const DISCORD_LIMITS = {
  content: 2_000,
  embedsPerMessage: 10,
  /** The sum of titles, descriptions, field names and values, footers and author names across a message's embeds. */
  embedTotal: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  authorName: 256,
  /** why: user-installed apps get at most 5 follow-ups per interaction; an answer never needs more. */
  messagesPerAnswer: 5,
} as const;

const noLiveMention = (text: string) => !hasLiveDiscordMention(text);
const safe = (max: number) => z.string().max(max).refine(noLiveMention, "contains a live Discord mention");

export const DiscordEmbedSchema = z
  .object({
    title: safe(DISCORD_LIMITS.title).min(1).optional(),
    description: safe(DISCORD_LIMITS.description).min(1).optional(),
    url: z.url().optional(),
    color: z.number().int().min(0).max(0xffffff).optional(),
    fields: z
      .array(
        z.object({
          name: safe(DISCORD_LIMITS.fieldName).min(1),
          value: safe(DISCORD_LIMITS.fieldValue).min(1),
          inline: z.boolean().optional(),
        }),
      )
      .max(DISCORD_LIMITS.fields)
      .optional(),
    footer: z.object({ text: safe(DISCORD_LIMITS.footer).min(1) }).optional(),
    author: z.object({ name: safe(DISCORD_LIMITS.authorName).min(1) }).optional(),
  })
  .refine((embed) => Boolean(embed.title || embed.description || embed.fields?.length || embed.footer), "an embed needs some text");
export type DiscordEmbed = z.output<typeof DiscordEmbedSchema>;

export function embedChars(embed: DiscordEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** One message (or interaction reply / follow-up) body. Adapters validate with this before sending. */
export const DiscordMessageSchema = z
  .object({
    content: safe(DISCORD_LIMITS.content).optional(),
    embeds: z.array(DiscordEmbedSchema).max(DISCORD_LIMITS.embedsPerMessage),
    // why: in regular messages Discord parses every mention type; `parse: []` turns them all off.
    allowed_mentions: z.object({ parse: z.array(z.string()).length(0) }),
    flags: z.number().int().optional(),
  })
  .refine((message) => message.embeds.reduce((sum, embed) => sum + embedChars(embed), 0) <= DISCORD_LIMITS.embedTotal, {
    message: `embeds exceed ${DISCORD_LIMITS.embedTotal} characters in total`,
  })
  .refine((message) => Boolean(message.content) || message.embeds.length > 0, "a message needs content or an embed");
export type DiscordMessage = z.output<typeof DiscordMessageSchema>;
