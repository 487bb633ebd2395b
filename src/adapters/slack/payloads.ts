import { z } from "zod";

/** The slash command fields the adapter uses (Slack sends more; they are ignored). */
export const SlashCommandSchema = z.object({
  command: z.string().min(1),
  text: z.string().default(""),
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
  response_url: z.url(),
});

/** Events API envelope (`event_callback`); the same body arrives over HTTP and inside a Socket Mode envelope. */
export const EventEnvelopeSchema = z.object({ event_id: z.string().min(1) });

/** A `message` event: a human's post, a thread reply, or (with a subtype) an edit, a join, a bot post. */
export const MessageEventSchema = z.object({
  type: z.literal("message"),
  subtype: z.string().optional(),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  text: z.string().default(""),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});
export type MessageEvent = z.output<typeof MessageEventSchema>;

/** An `app_mention` event: the bot was @-mentioned, in a channel or inside a thread. */
export const AppMentionEventSchema = z.object({
  type: z.literal("app_mention"),
  channel: z.string().min(1),
  user: z.string().min(1),
  bot_id: z.string().optional(),
  text: z.string().default(""),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});
