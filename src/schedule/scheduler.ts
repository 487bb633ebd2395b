import type { Logger } from "../log/logger.ts";
import type { Clock, TimerHandle } from "./clock.ts";
import type { CronSchedule } from "./slots.ts";
import type { Trigger, TriggerFactory } from "./triggers.ts";

export type SchedulerOptions = {
  clock: Clock;
  /** The schedules to wake up for, read again on every refresh (chat subscriptions change at run time). */
  schedules: () => readonly CronSchedule[];
  /** Does the work due at `now`; must be idempotent (it is called on start-up, on triggers and on the heartbeat). */
  onTick: (now: Date) => Promise<unknown>;
  log: Logger;
  /** Live triggers; omit in tests and drive the heartbeat through the clock. */
  trigger?: TriggerFactory;
  /** A safety net beside the triggers: also picks up new subscriptions. Default one minute. */
  heartbeatMs?: number;
};

export type Scheduler = {
  /** Catches up (missed slots within grace) at once, then keeps running until stop(). */
  start(): Promise<void>;
  /** Re-reads the schedules (after a subscribe or unsubscribe). */
  refresh(): void;
  /** Runs one tick now; ticks never overlap, a request during one runs right after it. */
  tick(): Promise<void>;
  /** Stops triggers and the heartbeat and waits for a running tick to finish. */
  stop(): Promise<void>;
};

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { clock, log } = options;
  const heartbeatMs = options.heartbeatMs ?? 60_000;
  let triggers: Trigger[] = [];
  let heartbeat: TimerHandle | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;

  async function loop(): Promise<void> {
    do {
      again = false;
      try {
        await options.onTick(clock.now());
      } catch (error) {
        log.error("digest tick failed", { error });
      }
    } while (again && !stopped);
  }

  function tick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = undefined;
    });
    return running;
  }

  function beat(): void {
    heartbeat = clock.after(heartbeatMs, () => {
      void tick();
      if (!stopped) beat();
    });
  }

  function refresh(): void {
    for (const trigger of triggers) trigger.stop();
    triggers = [];
    if (stopped || !options.trigger) return;
    const seen = new Set<string>();
    for (const when of options.schedules()) {
      const key = `${when.cron}|${when.timezone}`;
      if (seen.has(key)) continue;
      seen.add(key);
      triggers.push(options.trigger(when, () => void tick()));
    }
  }

  return {
    async start() {
      stopped = false;
      refresh();
      beat();
      await tick();
    },
    refresh,
    tick,
    async stop() {
      stopped = true;
      heartbeat?.cancel();
      refresh();
      await running;
    },
  };
}
