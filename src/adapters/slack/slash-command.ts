import type { App } from "@slack/bolt";
import type { Dispatcher } from "../../dispatch/dispatcher.ts";
import type { Logger } from "../../log/logger.ts";
import type { Deliver } from "./deliver.ts";
import { dispatchSafely } from "./dispatch-safely.ts";
import { SlashCommandSchema } from "./payloads.ts";
import { slackToPlain } from "./plain-text.ts";

export type SlashCommandDeps = { dispatcher: Dispatcher; deliver: Deliver; log: Logger; command: string };

/**
 * `/brief …`: acknowledged at once, then answered in the channel as the bot's own message (a thread root),
 * or privately when the answer is ephemeral (help, errors, previews).
 */
export function registerSlashCommand(app: App, deps: SlashCommandDeps): void {
  app.command(deps.command, async ({ command, ack, context }) => {
    // why: Slack shows "operation_timeout" unless the request is acknowledged within 3 seconds; the answer follows.
    await ack();
    const parsed = SlashCommandSchema.safeParse(command);
    if (!parsed.success) {
      deps.log.warn("slash command payload rejected", { issues: parsed.error.issues.map((issue) => issue.path.join(".")) });
      return;
    }
    const { channel_id: channel, user_id: user, text, response_url: responseUrl } = parsed.data;
    // why: the dispatcher knows the command by its canonical name, whatever name the workspace installed it under.
    const asked = `/brief ${slackToPlain(text)}`.trim();
    const doc = await dispatchSafely(deps.dispatcher, asked, { platform: "slack", channelId: channel, userId: user }, deps.log);
    await deps.deliver(doc, { channel, user, responseUrl, asked, ...(context.botUserId ? { botUserId: context.botUserId } : {}) });
  });
}
