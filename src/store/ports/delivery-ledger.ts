/**
 * The delivery-ledger port: one record per scheduled digest post, claimed before sending and finished after,
 * so a restart never posts twice and never silently skips. src/digest depends on it; SQLite implements it
 * (sqlite-deliveries.ts). Types are the camelCase domain ones of conversation-types.ts.
 */
import type { Delivery } from "../conversation-types.ts";

/** A delivery key: one post of one digest to one target for one scheduled slot. */
export type DeliveryKey = { digestId: string; target: string; slot: string };

export type DeliveryOutcome = { messageId: string } | { error: string };

export type DeliveryLedger = {
  /** Claims a digest slot before sending; returns the existing record when the slot was already claimed. */
  claimDelivery(key: DeliveryKey & { late: boolean }): { claimed: boolean; delivery: Delivery };
  finishDelivery(key: DeliveryKey, outcome: DeliveryOutcome): void;
  /** Takes over a claim left 'sending' since before `staleBefore` (a crashed sender); true for exactly one caller. */
  reclaimDelivery(key: DeliveryKey, staleBefore: string): boolean;
  /** Renews a live claim so a long retry is not mistaken for a crash. */
  touchDelivery(key: DeliveryKey): void;
  /** The latest delivery (by slot) of this digest to this target, whatever its status. */
  lastDelivery(digestId: string, target: string): Delivery | null;
  /** The latest delivery of this digest to this target that reached the platform. */
  lastSentDelivery(digestId: string, target: string): Delivery | null;
  /** This digest's deliveries to this target, newest slot first. */
  deliveryHistory(digestId: string, target: string, limit: number): Delivery[];
};
