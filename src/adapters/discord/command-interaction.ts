import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import { type Document, errorDocument } from "../../render/document.ts";
import { commandText } from "./command-text.ts";
import { deliverAnswer } from "./deliver.ts";
import { openThread } from "./open-thread.ts";
import type { HandlerDeps } from "./types.ts";

/** Answers shown only to the asker whatever the command returns; they are deferred ephemerally. */
const PRIVATE_SUBCOMMANDS = new Set(["help"]);

/**
 * `/brief <subcommand>`: claim (a replayed event is answered once), defer at once (Discord's 3 s), dispatch
 * the text form, send the rendered messages, then make the answer's thread the bot's.
 */
export async function answerCommand(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const log = deps.log.child({ interaction: interaction.id });
  if (!(await deps.threads.claimEvent("discord", `interaction:${interaction.id}`))) {
    log.debug("duplicate interaction ignored");
    return;
  }
  const parsed = commandText(interaction);
  // why: visibility is fixed when deferring; help and bad input are private, content answers public.
  const deferredEphemeral = !parsed.ok || PRIVATE_SUBCOMMANDS.has(parsed.subcommand);
  await interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});
  try {
    const doc: Document = parsed.ok
      ? await deps.dispatcher.handle(parsed.text, { platform: "discord", channelId: interaction.channelId, userId: interaction.user.id })
      : errorDocument(parsed.problem);
    const message = await deliverAnswer(interaction, deps.render(doc), { ephemeral: Boolean(doc.ephemeral), deferredEphemeral });
    if (!message || !parsed.ok) return;
    const context = { command: parsed.text, summary: doc.summary };
    if (deps.threadMode === "always") {
      const thread = await openThread(interaction.channel, message.id, doc.summary);
      if (thread) await deps.threads.markBotThread("discord", interaction.channelId, thread.id, context);
    } else {
      // why: a thread opened later on this message gets the message's id, so marking the id now claims it.
      await deps.threads.markBotThread("discord", interaction.channelId, message.id, context);
    }
  } catch (error) {
    log.error("discord command failed", { subcommand: parsed.subcommand, error });
    await interaction
      .editReply({ content: "Sorry, something went wrong while answering that. It has been logged; please try again.", embeds: [] })
      .catch((editError: unknown) => log.warn("could not report the failure", { error: editError }));
  }
}
