import { schedule } from "node-cron";
import type { CronSchedule } from "./slots.ts";

/** Something that calls `fire` when a schedule's slot comes round; stopped with `stop`. */
export type Trigger = { stop(): void };
export type TriggerFactory = (when: CronSchedule, fire: () => void) => Trigger;

/**
 * Live triggering through node-cron, in the schedule's zone. It only wakes the scheduler: which slot is
 * due, and whether it was already delivered, is decided from the clock and the ledger, so a trigger that
 * fires twice or not at all (a DST edge, a laptop asleep) can neither double nor lose a digest.
 */
export const nodeCronTrigger: TriggerFactory = (when, fire) => {
  const task = schedule(when.cron, () => fire(), { timezone: when.timezone, noOverlap: true, unref: true });
  return { stop: () => void task.destroy() };
};
