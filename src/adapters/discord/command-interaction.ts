import { type ChatInputCommandInteraction, type Message, MessageFlags } from "discord.js";
import { type Document, errorDocument, FAILURE_APOLOGY } from "../../render/document.ts";
import type { ThreadContext } from "../../threads/thread-registry.ts";
import { readCommand } from "./command-options.ts";
import { deliverAnswer } from "./deliver.ts";
import { openThread } from "./open-thread.ts";
import type { HandlerDeps } from "./types.ts";

/** Answers shown only to the asker whatever the command returns; they are deferred ephemerally. */
const PRIVATE_SUBCOMMANDS = new Set(["help"]);

/**
 * `/brief <subcommand>`: claim (a replayed event is answered once), defer at once (Discord's 3 s), invoke
 * the command with its typed options, send the rendered messages, then make the answer's thread the bot's.
 */
export async function answerCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const log = deps.log.child({ requestId: interaction.id });
  if (!(await deps.threads.claimEvent("discord", `interaction:${interaction.id}`))) {
    log.debug("duplicate interaction ignored");
    return;
  }
  const parsed = readCommand(interaction, deps.dispatcher.commands);
  // why: visibility is fixed when deferring; help and bad input are private, content answers public.
  const deferredEphemeral = !parsed.ok || PRIVATE_SUBCOMMANDS.has(parsed.subcommand);
  await deps.gate.track(interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {}));
  await deps.gate.clear();
  try {
    const doc: Document = parsed.ok
      ? await deps.dispatcher.invoke(parsed.invocation, { platform: "discord", userId: interaction.user.id, ...where(interaction) })
      : errorDocument(parsed.problem);
    const message = await deliverAnswer(interaction, deps.render(doc), {
      ephemeral: Boolean(doc.ephemeral),
      deferredEphemeral,
      attachment: doc.attachment,
    });
    const thread =
      message && parsed.ok
        ? await claimThread(
            interaction,
            message,
            {
              command: parsed.text,
              summary: doc.summary,
              root: { name: parsed.invocation.command, args: { ...parsed.invocation.options } },
            },
            deps,
          )
        : undefined;
    log.debug("discord command answered", { subcommand: parsed.subcommand, ephemeral: Boolean(doc.ephemeral), thread });
  } catch (error) {
    log.error("discord command failed", { subcommand: parsed.subcommand, error });
    await interaction
      .editReply({ content: FAILURE_APOLOGY, embeds: [] })
      .catch((editError: unknown) => log.warn("could not report the failure", { error: editError }));
  }
}

/** Makes the public answer's thread the bot's: opened now (`always`) or when someone replies. Returns its id. */
async function claimThread(
  interaction: ChatInputCommandInteraction,
  message: Message,
  context: ThreadContext,
  deps: HandlerDeps,
): Promise<string | undefined> {
  // why: threads do not nest; an answer given inside a thread is already in it.
  if (interaction.channel?.isThread()) return undefined;
  if (deps.threadMode === "on-first-reply") {
    // why: a thread opened later on this message gets the message's id, so marking the id now claims it.
    await deps.threads.markBotThread("discord", interaction.channelId, message.id, context);
    return message.id;
  }
  const thread = await openThread(interaction.channel, message.id, context.summary);
  if (thread) await deps.threads.markBotThread("discord", interaction.channelId, thread.id, context);
  return thread?.id;
}

/** Where the command was typed: a channel, or a thread (then its parent is the channel, for thread context). */
function where(interaction: ChatInputCommandInteraction): { channelId: string; threadId?: string } {
  const channel = interaction.channel;
  if (channel?.isThread() && channel.parentId) return { channelId: channel.parentId, threadId: channel.id };
  return { channelId: interaction.channelId };
}
