import type { Database } from "better-sqlite3";
import type { SubscriptionStore } from "./ports/subscription-store.ts";
import { toSubscription } from "./subscription-row.ts";

/** The subscriptions port on SQLite: one `subscriptions` row per channel and topic. */
export function createSqliteSubscriptions(db: Database): SubscriptionStore {
  const put = db.prepare(
    `INSERT INTO subscriptions (platform, channel, topic, cron, timezone, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET cron = excluded.cron, timezone = excluded.timezone`,
  );
  const remove = db.prepare("DELETE FROM subscriptions WHERE platform = ? AND channel = ? AND topic = ?");
  const list = db.prepare(
    "SELECT platform, channel, topic, cron, timezone, created_by, created_at FROM subscriptions ORDER BY platform, channel, topic",
  );
  return {
    putSubscription(sub) {
      put.run(sub.platform, sub.channel, sub.topic, sub.cron, sub.timezone, sub.createdBy, sub.createdAt);
    },
    removeSubscription: (key) => remove.run(key.platform, key.channel, key.topic).changes > 0,
    listSubscriptions: () => list.all().map(toSubscription),
  };
}
