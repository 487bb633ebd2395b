import { nextSlot } from "../schedule/slots.ts";
import type { DeliveryLedger } from "../store/ports/delivery-ledger.ts";
import { failureStreak } from "./pause.ts";
import type { DigestPlan } from "./plan.ts";

export type TargetStatus = {
  digestId: string;
  target: string;
  lastSent: string | null;
  lastError: string | null;
  failures: number;
  paused: boolean;
  next: string | null;
};

/** Per digest and target: the last post, the current failure streak, whether it is paused, the next slot. */
export function digestStatus(store: DeliveryLedger, plans: readonly DigestPlan[], now: Date, maxFailures: number): TargetStatus[] {
  return plans.flatMap((plan) =>
    plan.targets.map((target) => {
      const failures = failureStreak(store, plan.id, target, Math.max(maxFailures, 1) * 2);
      const latest = store.deliveryHistory(plan.id, target, 1)[0];
      const next = nextSlot(plan, now.getTime());
      return {
        digestId: plan.id,
        target,
        lastSent: store.lastSentDelivery(plan.id, target)?.slot ?? null,
        lastError: latest?.status === "failed" ? latest.error : null,
        failures,
        paused: failures >= maxFailures,
        next: next === null ? null : new Date(next).toISOString(),
      };
    }),
  );
}
