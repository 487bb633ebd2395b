import type { DeliveryLedger } from "../store/ports/delivery-ledger.ts";
import type { IngestWindow } from "../store/ports/fact-reader.ts";
import { formatSlot } from "./labels.ts";
import type { DigestPlan } from "./plan.ts";

const HOUR = 3_600_000;

/**
 * What a post at `upTo` covers for one target: everything stored since the slot of its last digest that
 * reached the platform (failed and skipped slots roll into the next post), or the plan's look-back for a
 * first digest. Ending at the slot, not at "now", gives every article exactly one digest even when posting late.
 */
export function digestWindow(
  store: DeliveryLedger,
  plan: DigestPlan,
  target: string,
  upTo: number,
): { window: IngestWindow; since: string } {
  const last = store.lastSentDelivery(plan.id, target);
  const lastSlot = last ? Date.parse(last.slot) : Number.NaN;
  if (Number.isFinite(lastSlot) && lastSlot < upTo) {
    return {
      window: { after: new Date(lastSlot).toISOString(), upTo: new Date(upTo).toISOString() },
      since: `since the last digest (${formatSlot(lastSlot, plan.timezone)})`,
    };
  }
  return {
    window: { after: new Date(upTo - plan.lookbackHours * HOUR).toISOString(), upTo: new Date(upTo).toISOString() },
    since: `in the last ${plan.lookbackHours} hours`,
  };
}
