import type { Clock } from "../../../../src/schedule/clock.ts";

export type ManualClock = Clock & {
  set(iso: string): void;
  advance(ms: number): void;
  /** Waits the sleeps asked for so far (retry backoff), in order. */
  sleeps: number[];
  /** While held, sleep() waits until release(); otherwise it returns at once (time does not move). */
  holdSleeps(): void;
  release(): void;
};

/** A clock moved by hand: timers fire when advance() passes them. */
export function createManualClock(start: string): ManualClock {
  let now = Date.parse(start);
  let timers: { at: number; task: () => void; id: number }[] = [];
  let nextId = 0;
  let held: (() => void)[] | null = null;
  const sleeps: number[] = [];
  return {
    now: () => new Date(now),
    after(ms, task) {
      const id = nextId++;
      timers.push({ at: now + ms, task, id });
      return {
        cancel: () => {
          timers = timers.filter((timer) => timer.id !== id);
        },
      };
    },
    sleep(ms) {
      sleeps.push(ms);
      if (!held) return Promise.resolve();
      const queue = held;
      return new Promise<void>((resolve) => queue.push(resolve));
    },
    set(iso) {
      now = Date.parse(iso);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.task();
      }
      now = until;
    },
    sleeps,
    holdSleeps() {
      held = [];
    },
    release() {
      const queue = held ?? [];
      held = null;
      for (const resolve of queue) resolve();
    },
  };
}
