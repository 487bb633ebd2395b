import type { TargetOutcome } from "../digest/digest-runner.ts";
import type { DigestOutcome, Metrics } from "./metrics.ts";

/**
 * Counts one scheduler tick's digest outcomes: a post is `late` when it left more than `lateAfterMs` after its
 * slot, a slot missed past the grace period or held by a paused target is `skipped`; idle targets (nothing due,
 * nothing new) are not counted.
 */
export function recordDigestOutcomes(metrics: Metrics, outcomes: readonly TargetOutcome[], now: Date, lateAfterMs: number): void {
  for (const { target, slot, outcome } of outcomes) {
    const counted = digestOutcome(outcome.status, slot, now, lateAfterMs);
    if (counted) metrics.digest({ target, outcome: counted });
  }
}

function digestOutcome(
  status: TargetOutcome["outcome"]["status"],
  slot: string | null,
  now: Date,
  lateAfterMs: number,
): DigestOutcome | null {
  switch (status) {
    case "sent":
    case "reconciled":
      return slot !== null && now.getTime() - Date.parse(slot) > lateAfterMs ? "late" : "sent";
    case "missed":
    case "paused":
      return "skipped";
    case "failed":
      return "failed";
    default:
      return null;
  }
}
