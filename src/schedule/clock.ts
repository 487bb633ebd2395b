/** A timer handle the clock hands out; only the clock that made it can cancel it. */
export type TimerHandle = { cancel(): void };

/**
 * The scheduler's only view of time. Tests pass a manual clock and move it by hand; nothing in
 * src/schedule or src/digest reads Date.now() or starts a timer except through this port.
 */
export type Clock = {
  now(): Date;
  /** Runs `task` after `ms` milliseconds of this clock's time. */
  after(ms: number, task: () => void): TimerHandle;
  /** Resolves after `ms` milliseconds of this clock's time (retry backoff). */
  sleep(ms: number): Promise<void>;
};

/** The wall clock: real time, real timers, unref'd so a pending timer never keeps the process alive. */
export function createSystemClock(): Clock {
  return {
    now: () => new Date(),
    after(ms, task) {
      const timer = setTimeout(task, ms);
      timer.unref();
      return { cancel: () => clearTimeout(timer) };
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
