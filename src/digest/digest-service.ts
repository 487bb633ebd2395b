import type { Digest, Topic } from "../../config/file-schema.ts";
import type { Document } from "../render/document.ts";
import type { Clock } from "../schedule/clock.ts";
import type { Subscription } from "../store/conversation-types.ts";
import type { DeliveryLedger } from "../store/ports/delivery-ledger.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import type { SubscriptionStore } from "../store/ports/subscription-store.ts";
import { allPlans } from "./plan.ts";
import { prepareDigest } from "./prepare-digest.ts";
import { type TargetKind, targetOf } from "./target.ts";

export type ChannelRef = { platform: TargetKind; channel: string };

/** What the subscribe, unsubscribe, subscriptions and digest commands may do; no platform, no driver. */
export type DigestService = {
  /** Subscribes (or moves) a channel's digest for a topic to a daily time in a zone. */
  subscribe(input: ChannelRef & { topic: string; hour: number; minute: number; timezone: string; userId: string }): Subscription;
  unsubscribe(input: ChannelRef & { topic: string }): boolean;
  /** This channel's chat subscriptions, and config digests that target it (by id). */
  subscriptions(ref: ChannelRef): {
    chat: Subscription[];
    config: { id: string; cron: string; timezone: string; topics: readonly string[] }[];
  };
  /** What this channel would get if its digests ran now; empty when nothing is new. */
  preview(ref: ChannelRef): Document[];
};

export function createDigestService(options: {
  store: FactReader & DeliveryLedger & SubscriptionStore;
  topics: readonly Topic[];
  configDigests: readonly Digest[];
  clock: Clock;
  /** Called after a subscription changes, so the scheduler re-reads its schedules. */
  onChange?: () => void;
}): DigestService {
  const { store } = options;
  const mine = (ref: ChannelRef) => (sub: Subscription) => sub.platform === ref.platform && sub.channel === ref.channel;
  return {
    subscribe(input) {
      const subscription: Subscription = {
        platform: input.platform,
        channel: input.channel,
        topic: input.topic,
        cron: `${input.minute} ${input.hour} * * *`,
        timezone: input.timezone,
        createdBy: input.userId,
        createdAt: options.clock.now().toISOString(),
      };
      store.putSubscription(subscription);
      options.onChange?.();
      return subscription;
    },
    unsubscribe(input) {
      const removed = store.removeSubscription({ platform: input.platform, channel: input.channel, topic: input.topic });
      if (removed) options.onChange?.();
      return removed;
    },
    subscriptions(ref) {
      const target = targetOf(ref.platform, ref.channel);
      return {
        chat: store.listSubscriptions().filter(mine(ref)),
        config: options.configDigests.filter((digest) => digest.targets.includes(target)),
      };
    },
    preview(ref) {
      const target = targetOf(ref.platform, ref.channel);
      const now = options.clock.now().getTime();
      return allPlans(options.configDigests, store.listSubscriptions())
        .filter((plan) => plan.targets.includes(target))
        .flatMap((plan) => prepareDigest(store, options.topics, { ...plan, postWhenEmpty: false }, target, now)?.doc ?? []);
    },
  };
}
