/** What later features keep in the store besides facts: thread context, subscriptions, digest deliveries. */
import { z } from "zod";

export const PlatformSchema = z.enum(["slack", "discord", "console"]);

export const ThreadKeySchema = z.object({ platform: PlatformSchema, channel: z.string().min(1), threadId: z.string().min(1) });
export type ThreadKey = z.output<typeof ThreadKeySchema>;

export const ThreadTurnSchema = z.object({
  author: z.enum(["user", "bot"]),
  text: z.string(),
  /** Entity ids named in the turn, so "what else did he say?" can resolve "he". */
  entities: z.array(z.string()),
  at: z.string(),
});
export type ThreadTurn = z.output<typeof ThreadTurnSchema>;

/**
 * The command a thread's root message answered, as data: its name and its arguments by name (Discord's typed
 * options: `{ name: "who", args: { speaker: "Lovelace" } }`). The root's context is derived from it, never by
 * reading its readable line back.
 */
export const RootCommandSchema = z.object({
  name: z.string().min(1),
  args: z.record(z.string(), z.union([z.string(), z.boolean()])),
});
export type RootCommand = z.output<typeof RootCommandSchema>;

/** What the bot's parent message showed, so replies in its thread have context. */
export const ThreadRecordSchema = ThreadKeySchema.extend({
  topic: z.string().nullable(),
  /** The command the root answered, when it came structured (schema version 5 on); absent for older roots. */
  rootCommand: RootCommandSchema.nullable().optional(),
  /** Ids of the quotes, events and sentences shown ("q12", "e7", "s40"). */
  factIds: z.array(z.string()),
  entities: z.array(z.string()),
  createdAt: z.string(),
  turns: z.array(ThreadTurnSchema),
});
export type ThreadRecord = z.output<typeof ThreadRecordSchema>;

export const SubscriptionSchema = z.object({
  platform: PlatformSchema,
  channel: z.string().min(1),
  topic: z.string().min(1),
  cron: z.string().min(1),
  timezone: z.string().min(1),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Subscription = z.output<typeof SubscriptionSchema>;

export const DeliveryStatusSchema = z.enum(["sending", "sent", "failed"]);
export const DeliverySchema = z.object({
  digestId: z.string(),
  target: z.string(),
  /** The scheduled slot, an ISO instant: with digestId and target it names one post. */
  slot: z.string(),
  status: DeliveryStatusSchema,
  attempts: z.number().int(),
  messageId: z.string().nullable(),
  error: z.string().nullable(),
  late: z.boolean(),
  updatedAt: z.string(),
});
export type Delivery = z.output<typeof DeliverySchema>;
