import { z } from "zod";
import { type Subscription, SubscriptionSchema } from "./conversation-types.ts";
import { parseStored } from "./damaged-data.ts";

/** A `subscriptions` row as SQLite stores it. */
const SubscriptionRowSchema = z.object({
  platform: z.string(),
  channel: z.string(),
  topic: z.string(),
  cron: z.string(),
  timezone: z.string(),
  created_by: z.string(),
  created_at: z.string(),
});

/** A `subscriptions` row read back, checked, as the domain's Subscription (the store and `brief recover` both read them). */
export function toSubscription(row: unknown): Subscription {
  const r = parseStored(SubscriptionRowSchema, row, "subscription");
  return parseStored(
    SubscriptionSchema,
    {
      platform: r.platform,
      channel: r.channel,
      topic: r.topic,
      cron: r.cron,
      timezone: r.timezone,
      createdBy: r.created_by,
      createdAt: r.created_at,
    },
    "subscription",
  );
}
