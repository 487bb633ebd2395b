import type { Database } from "better-sqlite3";
import { toDelivery } from "./delivery-row.ts";
import type { DeliveryLedger } from "./ports/delivery-ledger.ts";

/** The delivery-ledger port on SQLite: one `deliveries` row per digest, target and slot. */
export function createSqliteDeliveries(db: Database, now: () => string): DeliveryLedger {
  const claim = db.prepare(
    "INSERT INTO deliveries (digest_id, target, slot, status, attempts, late, updated_at) VALUES (?, ?, ?, 'sending', 1, ?, ?) ON CONFLICT DO NOTHING",
  );
  const one = db.prepare("SELECT * FROM deliveries WHERE digest_id = ? AND target = ? AND slot = ?");
  const finish = db.prepare(
    "UPDATE deliveries SET status = ?, message_id = ?, error = ?, updated_at = ? WHERE digest_id = ? AND target = ? AND slot = ?",
  );
  const reclaim = db.prepare(
    `UPDATE deliveries SET attempts = attempts + 1, updated_at = ?
     WHERE digest_id = ? AND target = ? AND slot = ? AND status = 'sending' AND updated_at <= ?`,
  );
  const touch = db.prepare("UPDATE deliveries SET updated_at = ? WHERE digest_id = ? AND target = ? AND slot = ? AND status = 'sending'");
  const last = db.prepare("SELECT * FROM deliveries WHERE target = ? AND digest_id = ? ORDER BY slot DESC LIMIT 1");
  const lastSent = db.prepare("SELECT * FROM deliveries WHERE digest_id = ? AND target = ? AND status = 'sent' ORDER BY slot DESC LIMIT 1");
  const history = db.prepare("SELECT * FROM deliveries WHERE digest_id = ? AND target = ? ORDER BY slot DESC LIMIT ?");
  const orNull = (row: unknown) => (row ? toDelivery(row) : null);
  return {
    claimDelivery(key) {
      const claimed = claim.run(key.digestId, key.target, key.slot, key.late ? 1 : 0, now()).changes > 0;
      return { claimed, delivery: toDelivery(one.get(key.digestId, key.target, key.slot)) };
    },
    finishDelivery(key, outcome) {
      const sent = "messageId" in outcome;
      finish.run(
        sent ? "sent" : "failed",
        sent ? outcome.messageId : null,
        sent ? null : outcome.error,
        now(),
        key.digestId,
        key.target,
        key.slot,
      );
    },
    reclaimDelivery: (key, staleBefore) => reclaim.run(now(), key.digestId, key.target, key.slot, staleBefore).changes > 0,
    touchDelivery(key) {
      touch.run(now(), key.digestId, key.target, key.slot);
    },
    lastDelivery: (digestId, target) => orNull(last.get(target, digestId)),
    lastSentDelivery: (digestId, target) => orNull(lastSent.get(digestId, target)),
    deliveryHistory: (digestId, target, limit) => history.all(digestId, target, limit).map(toDelivery),
  };
}
