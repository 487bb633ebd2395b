import { type ChatInputCommandInteraction, type Message, MessageFlags } from "discord.js";
import type { APIEmbed } from "discord-api-types/v10";
import type { Attachment } from "../../render/document.ts";
import type { DiscordPayload } from "./types.ts";

// why: discord.js accepts mutable arrays only; payloads from the renderer are readonly.
export function toMessageBody(payload: DiscordPayload): { content?: string; embeds: APIEmbed[] } {
  return { ...(payload.content ? { content: payload.content } : {}), embeds: [...(payload.embeds ?? [])] };
}

/**
 * Sends an answer's messages through a deferred interaction and returns the first message when it is public.
 * `deferredEphemeral`: how the interaction was deferred, which decides what the first edit can show.
 */
export async function deliverAnswer(
  interaction: ChatInputCommandInteraction,
  payloads: readonly DiscordPayload[],
  answer: { ephemeral: boolean; deferredEphemeral: boolean; attachment?: Attachment | undefined },
): Promise<Message | undefined> {
  const [first, ...rest] = payloads;
  // why: the file rides on the answer's first message (an export: one line and the file under it).
  const files = answer.attachment ? [{ attachment: Buffer.from(answer.attachment.content, "utf8"), name: answer.attachment.filename }] : [];
  if (!first) return undefined;
  if (answer.ephemeral && !answer.deferredEphemeral) {
    // why: a deferred reply keeps the visibility it was deferred with, and the first follow-up after a defer
    // edits it instead of posting. So: edit the public "thinking…" into a placeholder, post the answer as
    // ephemeral follow-ups (now real follow-ups), then delete the placeholder.
    await interaction.editReply({ content: "Only you can see this answer." });
    for (const payload of payloads) await interaction.followUp({ ...toMessageBody(payload), flags: MessageFlags.Ephemeral });
    await interaction.deleteReply();
    return undefined;
  }
  const message = await interaction.editReply({ ...toMessageBody(first), ...(files.length > 0 ? { files } : {}) });
  for (const payload of rest) {
    await interaction.followUp({ ...toMessageBody(payload), ...(answer.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
  return answer.ephemeral ? undefined : message;
}
