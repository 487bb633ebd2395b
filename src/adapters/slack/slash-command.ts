import type { App } from "@slack/bolt";
import { commandKey } from "./command-key.ts";
import { dispatchSafely } from "./dispatch-safely.ts";
import { NOTICES, StoppingError } from "./notices.ts";
import { SlashCommandSchema } from "./payloads.ts";
import { slackToPlain } from "./plain-text.ts";
import type { ThreadRepliesDeps } from "./thread-replies.ts";

/** What the thread replies need, and the slash command's name as installed. */
export type SlashCommandDeps = ThreadRepliesDeps & { command: string };

/**
 * `/brief …`: acknowledged at once, then answered in the channel as the bot's own message (a thread root),
 * or privately when the answer is ephemeral (help, errors, previews). A replay of the same invocation is
 * acknowledged and ignored; a request the bot cannot take (busy channel, stopping) is told so in the ack.
 */
export function registerSlashCommand(app: App, deps: SlashCommandDeps): void {
  app.command(deps.command, async ({ command, body, ack, context }) => {
    const parsed = SlashCommandSchema.safeParse(command);
    if (!parsed.success) {
      // why: Slack shows "operation_timeout" unless the request is acknowledged within 3 seconds.
      await ack();
      deps.log.warn("slash command payload rejected", { issues: parsed.error.issues.map((issue) => issue.path.join(".")) });
      return;
    }
    const key = commandKey(body as Record<string, unknown>);
    const requestId = requestIdOf(key);
    const log = deps.log.child({ requestId });
    if (!(await deps.threads.claimEvent("slack", key))) {
      await ack();
      log.warn("slash command received twice (a replay); answered once", { channel: parsed.data.channel_id });
      return;
    }
    const { channel_id: channel, user_id: user, text, response_url: responseUrl } = parsed.data;
    const ticket = deps.gate.admit(channel);
    if (ticket === "busy" || ticket === "stopping") {
      // why: the ack's body is shown at once, privately; a late answer minutes later helps nobody.
      await ack({ response_type: "ephemeral", text: ticket === "busy" ? NOTICES.busy : NOTICES.restarting });
      log.info(ticket === "busy" ? "channel busy: command refused" : "stopping: command refused", { channel });
      return;
    }
    try {
      await ack();
      // why: the dispatcher knows the command by its canonical name, whatever name the workspace installed it under.
      const asked = `/brief ${slackToPlain(text)}`.trim();
      const doc = await dispatchSafely(deps.dispatcher, asked, { platform: "slack", channelId: channel, userId: user }, log);
      await deps.deliver(doc, {
        channel,
        user,
        responseUrl,
        asked,
        requestId,
        ...(context.botUserId ? { botUserId: context.botUserId } : {}),
      });
    } catch (error) {
      if (!(error instanceof StoppingError)) throw error;
      log.info("stopping: a command still waiting for its turn was dropped", { channel });
      await deps.notice({ channel, user, responseUrl }, NOTICES.droppedAtRestart).catch(() => undefined);
    } finally {
      ticket.release();
    }
  });
}

/** A short, log-friendly id for one invocation: the trigger id, or the start of the body's hash. */
function requestIdOf(key: string): string {
  return key.startsWith("command:trigger:")
    ? key.slice("command:trigger:".length)
    : key.slice("command:body:".length, "command:body:".length + 16);
}
