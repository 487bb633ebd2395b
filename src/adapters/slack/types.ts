import type { types } from "@slack/bolt";

type KnownBlock = types.KnownBlock;

import type { Document } from "../../render/document.ts";

/** One Slack message body. `text` is the notification fallback and is always set beside `blocks`. */
export type SlackMessage = { text: string; blocks?: readonly KnownBlock[] };

/** Turns a Document into the Slack messages that carry it, each within Slack's limits, in posting order. */
export type SlackRender = (doc: Document) => readonly SlackMessage[];

/** Where an answer goes: a channel, maybe a thread, maybe a slash command's response_url. */
export type SlackPlace = {
  channel: string;
  user: string;
  /** Reply inside this thread (the root message's ts). Absent: post at the top of the channel. */
  threadTs?: string;
  /** A slash command's response_url: reaches the user even where the bot is not a member. */
  responseUrl?: string;
  /** The text that asked, stored as the thread's context when the answer becomes a thread root. */
  asked: string;
  /** The bot's own user id, to name it in hints ("invite <@U…>"). */
  botUserId?: string;
  /** Names this request on every log line of its handling (a slash command's trigger, an event's id). */
  requestId?: string;
};
