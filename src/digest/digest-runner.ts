import type { Digest } from "../../config/file-schema.ts";
import { latestSlot, slotsBetween } from "../schedule/slots.ts";
import type { SubscriptionStore } from "../store/ports/subscription-store.ts";
import { type DeliveryDeps, deliverSlot, type SlotOutcome } from "./deliver-slot.ts";
import { isPaused } from "./pause.ts";
import { allPlans, type DigestPlan } from "./plan.ts";

export type RunnerOptions = DeliveryDeps & {
  /** The ledger and facts a delivery needs, and the chat subscriptions that add digests to the config's. */
  store: DeliveryDeps["store"] & SubscriptionStore;
  configDigests: readonly Digest[];
  /** A slot missed while the bot was down is still posted (late) within this window. */
  graceHours: number;
  maxFailures: number;
  /** A post this long after its slot is marked late (a catch-up rather than the live trigger). */
  lateAfterMs: number;
};

export type TargetOutcome = {
  digestId: string;
  target: string;
  slot: string | null;
  outcome: SlotOutcome | { status: "paused" | "idle" | "missed" };
};

export type DigestRunner = {
  plans(): DigestPlan[];
  /** Delivers every due slot at `now`: per target only the latest slot, within the grace window; targets in parallel. */
  tick(now: Date): Promise<TargetOutcome[]>;
  /** `brief digest run`: delivers the plan's latest slot at `at` to every target, paused or not, grace ignored. */
  runNow(planId: string, at: Date): Promise<TargetOutcome[]>;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function createDigestRunner(options: RunnerOptions): DigestRunner {
  const { store, log } = options;
  // why: a skipped slot is logged once, not on every tick until the next slot comes round.
  const noted = new Set<string>();
  const once = (key: string, report: () => void) => {
    if (noted.has(key)) return;
    noted.add(key);
    report();
  };
  const plans = () => allPlans(options.configDigests, store.listSubscriptions());

  async function forTarget(plan: DigestPlan, target: string, now: number): Promise<TargetOutcome> {
    const base = { digestId: plan.id, target };
    // why: look back far enough to see a weekly slot, so a slot older than the grace window is reported, not silently lost.
    const slot = latestSlot(plan, now, Math.max(options.graceHours * HOUR, 8 * DAY));
    if (slot === null) return { ...base, slot: null, outcome: { status: "idle" } };
    const slotIso = new Date(slot).toISOString();
    const last = store.lastDelivery(plan.id, target);
    const interrupted = last?.slot === slotIso && last.status === "sending";
    const settled = noted.has(`${plan.id}|${target}|${slotIso}|settled`);
    if (settled || (last && last.slot >= slotIso && !interrupted)) return { ...base, slot: slotIso, outcome: { status: "idle" } };
    if (now - slot > options.graceHours * HOUR) {
      // why: a target that never had a digest (a fresh install, a new subscription) was not "down"; its first
      // slot is simply the next one, which is no news worth a warning.
      const report = last ? log.warn : log.debug;
      once(`${plan.id}|${target}|${slotIso}|missed`, () =>
        report(
          last
            ? "digest slot missed while down, older than the grace period; skipped"
            : "first digest slot for this target is the next one",
          {
            digest: plan.id,
            target,
            slot: slotIso,
          },
        ),
      );
      return { ...base, slot: slotIso, outcome: { status: "missed" } };
    }
    if (isPaused(store, plan.id, target, options.maxFailures)) {
      once(`${plan.id}|${target}|${slotIso}|paused`, () =>
        log.warn("digest target paused after repeated failures; run `brief digest run` to retry", { digest: plan.id, target }),
      );
      return { ...base, slot: slotIso, outcome: { status: "paused" } };
    }
    const late = now - slot > options.lateAfterMs;
    if (late && last) {
      const missed = slotsBetween(plan, Date.parse(last.slot), slot).length;
      if (missed > 1) log.info("several digest slots missed; one catch-up post", { digest: plan.id, target, missed });
    }
    const outcome = await deliverSlot(options, { plan, target, slot, late });
    // why: nothing new up to a past slot stays nothing new (articles are stored with the time they arrive), so ask once.
    if (outcome.status === "empty" || outcome.status === "no-sender") noted.add(`${plan.id}|${target}|${slotIso}|settled`);
    return { ...base, slot: slotIso, outcome };
  }

  async function settle(jobs: { plan: DigestPlan; target: string; run: () => Promise<TargetOutcome> }[]): Promise<TargetOutcome[]> {
    // why: each target runs on its own; one that fails, throws or waits out a backoff delays no other.
    const results = await Promise.allSettled(jobs.map((job) => job.run()));
    return results.map((result, index) => {
      if (result.status === "fulfilled") return result.value;
      const job = jobs[index] as (typeof jobs)[number];
      const error = result.reason instanceof Error ? result.reason.message : String(result.reason);
      log.error("digest target failed unexpectedly", { digest: job.plan.id, target: job.target, error });
      return { digestId: job.plan.id, target: job.target, slot: null, outcome: { status: "failed" as const, error } };
    });
  }

  return {
    plans,
    tick(now) {
      const jobs = plans().flatMap((plan) =>
        plan.targets.map((target) => ({ plan, target, run: () => forTarget(plan, target, now.getTime()) })),
      );
      return settle(jobs);
    },
    runNow(planId, at) {
      const plan = plans().find((candidate) => candidate.id === planId);
      if (!plan) throw new Error(`no digest "${planId}"`);
      const slot = latestSlot(plan, at.getTime(), 8 * DAY) ?? at.getTime();
      const late = options.clock.now().getTime() - slot > options.lateAfterMs;
      return settle(
        plan.targets.map((target) => ({
          plan,
          target,
          run: async () => ({
            digestId: plan.id,
            target,
            slot: new Date(slot).toISOString(),
            outcome: await deliverSlot(options, { plan, target, slot, late }),
          }),
        })),
      );
    },
  };
}
