import type { DeliveryLedger } from "../store/ports/delivery-ledger.ts";

/** Failed deliveries in a row (newest first) for one digest and target. */
export function failureStreak(store: DeliveryLedger, digestId: string, target: string, limit: number): number {
  let streak = 0;
  for (const delivery of store.deliveryHistory(digestId, target, limit)) {
    if (delivery.status !== "failed") break;
    streak += 1;
  }
  return streak;
}

/**
 * A target that failed `maxFailures` times in a row (channel deleted, bot removed) is paused: the ledger
 * is the record, so the pause survives restarts. `brief digest run ID` sends anyway, and one success ends it.
 */
export function isPaused(store: DeliveryLedger, digestId: string, target: string, maxFailures: number): boolean {
  return failureStreak(store, digestId, target, maxFailures) >= maxFailures;
}
