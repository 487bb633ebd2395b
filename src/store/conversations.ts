import type { Database } from "better-sqlite3";
import { z } from "zod";
import {
  type Delivery,
  type Subscription,
  SubscriptionSchema,
  type ThreadKey,
  type ThreadRecord,
  type ThreadTurn,
} from "./conversation-types.ts";
import { parseStored } from "./damaged-data.ts";
import { toDelivery } from "./delivery-row.ts";

/**
 * How many of a thread's turns a follow-up reads: the newest ones (the root's command and summary plus the last
 * few exchanges). why: a long thread's older turns add nothing a follow-up resolves against ("he", "that",
 * "what else") that the newer ones and the root's stored people and facts do not, and reading them all made
 * every reply cost more than the one before.
 */
export const THREAD_TURNS_READ = 12;

const StringListSchema = z.array(z.string());
// why: a throwing JSON.parse inside the transform is caught by parseStored and reported as damage
const json = z.string().transform((value) => StringListSchema.parse(JSON.parse(value)));

const ThreadRowSchema = z.object({
  platform: z.string(),
  channel: z.string(),
  thread_id: z.string(),
  topic: z.string().nullable(),
  fact_ids: json,
  entities: json,
  created_at: z.string(),
});
const TurnRowSchema = z.object({ author: z.enum(["user", "bot"]), text: z.string(), entities: json, at: z.string() });

/** Thread context, subscriptions and the digest delivery ledger. */
export function createConversationStore(db: Database, now: () => string) {
  const p = (sql: string) => db.prepare(sql);
  const s = {
    thread: p("SELECT * FROM threads WHERE platform = ? AND channel = ? AND thread_id = ?"),
    // the newest turns by the primary key (platform, channel, thread_id, n), walked backwards and stopped at the limit
    turns: p(
      `SELECT author, text, entities, at FROM (SELECT n, author, text, entities, at FROM thread_turns
       WHERE platform = ? AND channel = ? AND thread_id = ? ORDER BY n DESC LIMIT ?) ORDER BY n`,
    ),
    putThread: p(
      `INSERT INTO threads (platform, channel, thread_id, topic, fact_ids, entities, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET topic = excluded.topic, fact_ids = excluded.fact_ids, entities = excluded.entities`,
    ),
    appendTurn: p(
      `INSERT INTO thread_turns (platform, channel, thread_id, n, author, text, entities, at)
       SELECT @platform, @channel, @thread, COALESCE(max(n), 0) + 1, @author, @text, @entities, @at FROM thread_turns
       WHERE platform = @platform AND channel = @channel AND thread_id = @thread`,
    ),
    putSub: p(
      `INSERT INTO subscriptions (platform, channel, topic, cron, timezone, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET cron = excluded.cron, timezone = excluded.timezone`,
    ),
    removeSub: p("DELETE FROM subscriptions WHERE platform = ? AND channel = ? AND topic = ?"),
    listSubs: p(
      "SELECT platform, channel, topic, cron, timezone, created_by AS createdBy, created_at AS createdAt FROM subscriptions ORDER BY platform, channel, topic",
    ),
    claim: p(
      "INSERT INTO deliveries (digest_id, target, slot, status, attempts, late, updated_at) VALUES (?, ?, ?, 'sending', 1, ?, ?) ON CONFLICT DO NOTHING",
    ),
    delivery: p("SELECT * FROM deliveries WHERE digest_id = ? AND target = ? AND slot = ?"),
    finish: p(
      "UPDATE deliveries SET status = ?, message_id = ?, error = ?, updated_at = ? WHERE digest_id = ? AND target = ? AND slot = ?",
    ),
    last: p("SELECT * FROM deliveries WHERE target = ? AND digest_id = ? ORDER BY slot DESC LIMIT 1"),
  };
  return {
    getThread(key: ThreadKey): ThreadRecord | null {
      const row = s.thread.get(key.platform, key.channel, key.threadId);
      if (!row) return null;
      const t = parseStored(ThreadRowSchema, row, "thread");
      const turns = s.turns
        .all(key.platform, key.channel, key.threadId, THREAD_TURNS_READ)
        .map((turn) => parseStored(TurnRowSchema, turn, "thread turn"));
      return { ...key, topic: t.topic, factIds: t.fact_ids, entities: t.entities, createdAt: t.created_at, turns };
    },
    putThread(record: Omit<ThreadRecord, "turns">): void {
      s.putThread.run(
        record.platform,
        record.channel,
        record.threadId,
        record.topic,
        JSON.stringify(record.factIds),
        JSON.stringify(record.entities),
        record.createdAt,
      );
    },
    appendTurn(key: ThreadKey, turn: ThreadTurn): void {
      const { platform, channel, threadId: thread } = key;
      s.appendTurn.run({
        platform,
        channel,
        thread,
        author: turn.author,
        text: turn.text,
        entities: JSON.stringify(turn.entities),
        at: turn.at,
      });
    },
    putSubscription(sub: Subscription): void {
      s.putSub.run(sub.platform, sub.channel, sub.topic, sub.cron, sub.timezone, sub.createdBy, sub.createdAt);
    },
    removeSubscription(key: { platform: string; channel: string; topic: string }): boolean {
      return s.removeSub.run(key.platform, key.channel, key.topic).changes > 0;
    },
    listSubscriptions: (): Subscription[] => s.listSubs.all().map((row) => parseStored(SubscriptionSchema, row, "subscription")),
    claimDelivery(key: { digestId: string; target: string; slot: string; late: boolean }) {
      const claimed = s.claim.run(key.digestId, key.target, key.slot, key.late ? 1 : 0, now()).changes > 0;
      return { claimed, delivery: toDelivery(s.delivery.get(key.digestId, key.target, key.slot)) };
    },
    finishDelivery(key: { digestId: string; target: string; slot: string }, outcome: { messageId: string } | { error: string }): void {
      const sent = "messageId" in outcome;
      s.finish.run(
        sent ? "sent" : "failed",
        sent ? outcome.messageId : null,
        sent ? null : outcome.error,
        now(),
        key.digestId,
        key.target,
        key.slot,
      );
    },
    lastDelivery(digestId: string, target: string): Delivery | null {
      const row = s.last.get(target, digestId);
      return row ? toDelivery(row) : null;
    },
  };
}
