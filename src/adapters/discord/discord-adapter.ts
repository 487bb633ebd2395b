import { once } from "node:events";
import { Client, Events, GatewayIntentBits, type Interaction, type Message, MessageFlags } from "discord.js";
import { BRIEF_COMMAND_NAME } from "../../discord-commands/command-definition.ts";
import { discordApiBase } from "../../discord-commands/register.ts";
import { answerAutocomplete } from "./autocomplete-interaction.ts";
import { answerCommand } from "./command-interaction.ts";
import { createFirstResponseGate } from "./first-response-gate.ts";
import { separateInteractionQueue } from "./interaction-rest.ts";
import { answerThreadMessage } from "./thread-message.ts";
import type { DiscordAdapter, DiscordAdapterOptions, HandlerDeps } from "./types.ts";

// why: how long stop() lets answers in flight finish before the gateway closes (as Slack's adapter does).
const DRAIN_MS = 10_000;
/** What a command arriving while the bot stops is told, at once and privately (Discord's 3 s still hold). */
export const RESTARTING_NOTICE = "Briefbot is restarting, so it can't answer right now. Please try again in a minute.";

/**
 * The Discord transport: the real discord.js client on the gateway. `/brief` interactions and thread
 * messages go to the dispatcher; everything else (retries on 429, gateway resume) is discord.js's job.
 */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const log = options.log.child({ component: "discord" });
  const api = discordApiBase(options.apiUrl);
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      // why: privileged; IDENTIFY fails with 4014 when it is asked for but not enabled in the Developer Portal.
      ...(options.messageContentIntent ? [GatewayIntentBits.MessageContent] : []),
    ],
    rest: { api },
    // why: nobody is pinged by anything the bot sends, whatever the text holds (@everyone, <@id>, roles, replies).
    allowedMentions: { parse: [], repliedUser: false },
  });
  const deps: HandlerDeps = { ...options, log, gate: createFirstResponseGate() };
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>, what: Record<string, unknown>) => {
    const done = work.catch((error: unknown) => log.error("discord event failed", { ...what, error }));
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  };

  let stopping = false;
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    // why: once stop() began, new commands are told so instead of being cut off half-answered by the closing gateway.
    if (stopping) {
      if (interaction.isChatInputCommand() && interaction.commandName === BRIEF_COMMAND_NAME) {
        track(
          interaction.reply({ content: RESTARTING_NOTICE, flags: MessageFlags.Ephemeral }).then(() => undefined),
          { requestId: interaction.id },
        );
        log.info("stopping: command refused", { requestId: interaction.id });
      }
      return;
    }
    if (interaction.isChatInputCommand() && interaction.commandName === BRIEF_COMMAND_NAME) {
      track(answerCommand(interaction, deps), { requestId: interaction.id });
    } else if (interaction.isAutocomplete() && interaction.commandName === BRIEF_COMMAND_NAME) {
      track(answerAutocomplete(interaction, deps), { requestId: interaction.id });
    }
  });
  client.on(Events.MessageCreate, (message: Message) => {
    if (stopping) return;
    const botUserId = client.user?.id;
    if (botUserId) track(answerThreadMessage(message, { ...deps, botUserId }), { requestId: message.id });
  });
  client.on(Events.Error, (error) => log.error("discord client error", { error }));
  client.on(Events.ShardResume, (shard, replayed) => {
    log.info("discord gateway resumed", { shard, replayed });
    options.onConnection?.(true);
  });
  client.on(Events.ShardReady, () => options.onConnection?.(true));
  client.on(Events.ShardReconnecting, (shard) => {
    log.info("discord gateway reconnecting", { shard });
    options.onConnection?.(false, "gateway reconnecting");
  });
  client.on(Events.ShardDisconnect, (_event, shard) => {
    log.warn("discord gateway disconnected", { shard });
    options.onConnection?.(false, "gateway disconnected");
  });
  const interactionRest = separateInteractionQueue(client, api);
  for (const rest of [client.rest, interactionRest]) {
    rest.on("rateLimited", (info) =>
      log.warn("discord rate limited", { route: info.route, retryAfterMs: info.retryAfter, global: info.global }),
    );
  }

  return {
    async start() {
      const ready = once(client, Events.ClientReady);
      try {
        await client.login(options.token);
      } catch (error) {
        await client.destroy();
        throw loginError(error, options.messageContentIntent);
      }
      await ready;
      const appId = client.application?.id;
      if (options.applicationId && appId && appId !== options.applicationId) {
        log.warn("DISCORD_APPLICATION_ID differs from the token's application; /brief may be registered elsewhere", { appId });
      }
      log.info("discord ready", { user: client.user?.tag, guilds: client.guilds.cache.size });
    },
    async stop() {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
      clearTimeout(timer);
      await client.destroy();
      interactionRest.clearHashSweeper();
      interactionRest.clearHandlerSweeper();
    },
  };
}

/** A login failure someone can act on: the two causes a new install hits are named with their fix. */
function loginError(error: unknown, messageContentIntent: boolean): Error {
  const message = (error as Error).message ?? String(error);
  // why: the gateway closes with 4014 when a privileged intent is asked for but not enabled for the bot.
  if (/disallowed intents/i.test(message) && messageContentIntent) {
    return new Error(
      "Discord refused the Message Content intent: enable it in the Developer Portal (Bot → Privileged Gateway Intents), or turn it off in the config (then thread follow-ups must mention the bot).",
      { cause: error },
    );
  }
  if ((error as { code?: unknown }).code === "TokenInvalid" || /invalid token|401/i.test(message)) {
    return new Error("Discord refused the bot token (DISCORD_TOKEN): copy it again from the Developer Portal's Bot page.", {
      cause: error,
    });
  }
  return new Error(`Discord login failed: ${message}`, { cause: error });
}
