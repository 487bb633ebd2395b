import type { APIEmbed } from "discord-api-types/v10";
import type { AutocompleteSource } from "../../discord-commands/autocomplete.ts";
import type { CommandDispatcher } from "../../dispatch/dispatcher.ts";
import type { Logger } from "../../log/logger.ts";
import type { Document } from "../../render/document.ts";
import type { ThreadRegistry } from "../../threads/thread-registry.ts";
import type { ConnectionListener } from "../connection-listener.ts";
import type { FirstResponseGate } from "./first-response-gate.ts";

/** One Discord message body as the renderer makes it: content and/or embeds, already within Discord's limits. */
export type DiscordPayload = { content?: string; embeds?: readonly APIEmbed[] };

/** Document → the messages of one answer (usually one; more when it is long). */
export type DiscordRender = (doc: Document) => readonly DiscordPayload[];

/**
 * When the bot opens a thread under a public answer. `always`: at once, on every answer.
 * `on-first-reply`: when someone replies to the answer (Discord's reply), or opens a thread on it themselves.
 */
export type ThreadMode = "always" | "on-first-reply";

export type DiscordAdapterOptions = {
  token: string;
  /** The application the `/brief` command is registered to; a mismatch with the token's application is logged. */
  applicationId?: string;
  /** REST base (tests, proxies); the gateway URL then comes from `GET /gateway/bot` on it. */
  apiUrl?: string;
  /**
   * Whether the privileged Message Content intent is enabled in the Developer Portal. With it any message in
   * the bot's threads is a question; without it only messages that mention the bot are (Discord blanks the rest).
   */
  messageContentIntent: boolean;
  threadMode: ThreadMode;
  /** Answers `/brief` interactions with their typed options, and questions in the bot's threads as text. */
  dispatcher: CommandDispatcher;
  threads: ThreadRegistry;
  autocomplete: AutocompleteSource;
  render: DiscordRender;
  log: Logger;
  /** Told when the gateway connection comes up or goes down (readiness). */
  onConnection?: ConnectionListener;
};

export type DiscordAdapter = {
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  /** Waits briefly for answers in flight, then closes the gateway connection. */
  stop(): Promise<void>;
};

/** What the event handlers share. */
export type HandlerDeps = Pick<DiscordAdapterOptions, "dispatcher" | "threads" | "autocomplete" | "render" | "log" | "threadMode"> & {
  gate: FirstResponseGate;
};
