/**
 * The subscriptions port: the digests channels asked for with `/brief subscribe`. The digest service depends on
 * it; SQLite implements it (sqlite-subscriptions.ts). Types are the camelCase domain ones of conversation-types.ts.
 */
import type { Subscription } from "../conversation-types.ts";

/** One subscription: a channel's digest of one topic. */
export type SubscriptionKey = Pick<Subscription, "platform" | "channel" | "topic">;

export type SubscriptionStore = {
  /** Adds a subscription, or changes the schedule of the same channel's one for that topic. */
  putSubscription(subscription: Subscription): void;
  /** True when there was such a subscription. */
  removeSubscription(key: SubscriptionKey): boolean;
  /** Every subscription, by platform, channel and topic. */
  listSubscriptions(): Subscription[];
};
