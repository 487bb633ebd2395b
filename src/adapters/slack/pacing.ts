/** Runs tasks one after another per key, starting each at least `intervalMs` after the previous one. */
export type Pacer = {
  /**
   * `guard` runs when the task reaches the head of its lane, before and after the wait, and may throw to
   * refuse it; a refused task takes no slot, so the tasks behind it are refused without waiting either.
   */
  run<T>(key: string, task: () => Promise<T>, guard?: () => void): Promise<T>;
};

type Lane = { tail: Promise<unknown>; lastStart: number; busy: number };

export type PacerOptions = {
  intervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

/**
 * why: Slack allows about one message per second per channel and `@slack/web-api` does no proactive
 * throttling (it only reacts to 429), so multi-message answers are spaced here, one lane per channel.
 */
export function createPacer(options: PacerOptions): Pacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const lanes = new Map<string, Lane>();

  function prune(): void {
    if (lanes.size < 500) return;
    for (const [key, lane] of lanes) if (lane.busy === 0 && now() - lane.lastStart >= options.intervalMs) lanes.delete(key);
  }

  return {
    run<T>(key: string, task: () => Promise<T>, guard?: () => void): Promise<T> {
      prune();
      const lane = lanes.get(key) ?? { tail: Promise.resolve(), lastStart: Number.NEGATIVE_INFINITY, busy: 0 };
      lanes.set(key, lane);
      lane.busy += 1;
      const next = lane.tail
        .catch(() => undefined)
        .then(async () => {
          guard?.();
          const wait = lane.lastStart + options.intervalMs - now();
          if (wait > 0) await sleep(wait);
          guard?.();
          lane.lastStart = now();
          return task();
        })
        .finally(() => {
          lane.busy -= 1;
        });
      lane.tail = next;
      return next;
    },
  };
}
