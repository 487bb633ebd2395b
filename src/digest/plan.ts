import { createHash } from "node:crypto";
import type { Digest } from "../../config/file-schema.ts";
import type { Subscription } from "../store/conversation-types.ts";
import { targetOf } from "./target.ts";

/** One digest as the scheduler runs it: from the config file, or from chat subscriptions (one channel, one schedule). */
export type DigestPlan = {
  id: string;
  cron: string;
  timezone: string;
  /** `slack:C0123`, `discord:1234…`, `console`. */
  targets: readonly string[];
  topics: readonly string[];
  lookbackHours: number;
  postWhenEmpty: boolean;
  maxItems: number;
  origin: "config" | "chat";
};

/** What a chat subscription gets, since `/brief subscribe` takes only topic, time and zone. */
export const CHAT_DIGEST_DEFAULTS = { lookbackHours: 24, postWhenEmpty: false, maxItems: 10 } as const;

export function planFromConfig(digest: Digest): DigestPlan {
  return { ...digest, origin: "config" };
}

/**
 * Chat subscriptions grouped by channel and schedule: a channel subscribed to two topics at the same time
 * gets one digest covering both. The id is stable for that (channel, schedule), so the ledger follows it.
 */
export function plansFromSubscriptions(subscriptions: readonly Subscription[]): DigestPlan[] {
  const groups = new Map<string, { target: string; cron: string; timezone: string; topics: string[] }>();
  for (const sub of subscriptions) {
    const target = targetOf(sub.platform, sub.channel);
    const key = `${target}|${sub.cron}|${sub.timezone}`;
    const group = groups.get(key) ?? { target, cron: sub.cron, timezone: sub.timezone, topics: [] };
    group.topics.push(sub.topic);
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, group]) => ({
    id: `chat-${createHash("sha256").update(key).digest("hex").slice(0, 8)}`,
    cron: group.cron,
    timezone: group.timezone,
    targets: [group.target],
    topics: group.topics.sort(),
    ...CHAT_DIGEST_DEFAULTS,
    origin: "chat" as const,
  }));
}

/** Every digest the bot runs now: config first, then chat subscriptions (read fresh, so new ones apply at once). */
export function allPlans(configDigests: readonly Digest[], subscriptions: readonly Subscription[]): DigestPlan[] {
  return [...configDigests.map(planFromConfig), ...plansFromSubscriptions(subscriptions)];
}
