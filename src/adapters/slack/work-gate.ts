/** Why an answer may not start: the channel has too many waiting, or the bot is shutting down. */
export type Refusal = "busy" | "stopping";

/** One admitted request: released when its answer is delivered (or given up). */
export type Ticket = { release(): void };

export type GateState = "running" | "draining" | "aborted";

export type WorkGate = {
  /** Admits one request for `channel`, or says why not. Never blocks. */
  admit(channel: string): Ticket | Refusal;
  /** `running`; `draining` after stop began (answers not yet posted are dropped); `aborted` when the bound ran out. */
  state(): GateState;
  /**
   * Stops admitting, waits up to `drainMs` for admitted work to finish, then aborts what is left (no further
   * posts start) and waits up to `drainMs` once more for it to settle. Resolves with how many were unfinished.
   */
  drain(): Promise<{ unfinished: number }>;
};

export type WorkGateOptions = {
  /** At most this many answers waiting or in flight per channel; more are told the bot is busy. */
  maxPerChannel: number;
  /** How long a stop waits for answers in flight before giving up on them. */
  drainMs: number;
  sleep?: (ms: number) => Promise<void>;
};

/**
 * Admission control and orderly stop for the Slack adapter.
 * why: a flood of commands in one channel used to queue answers without bound (each paced at ~1/s), and a
 * stop closed the store under answers still being posted. The gate bounds the waiting answers per channel
 * and lets a stop wait for exactly the work it admitted.
 */
export function createWorkGate(options: WorkGateOptions): WorkGate {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref()));
  const perChannel = new Map<string, number>();
  let inFlight = 0;
  let state: GateState = "running";
  const waiters: Array<() => void> = [];

  const whenIdle = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));

  return {
    admit(channel) {
      if (state !== "running") return "stopping";
      const waiting = perChannel.get(channel) ?? 0;
      if (waiting >= options.maxPerChannel) return "busy";
      perChannel.set(channel, waiting + 1);
      inFlight += 1;
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          const left = (perChannel.get(channel) ?? 1) - 1;
          if (left === 0) perChannel.delete(channel);
          else perChannel.set(channel, left);
          inFlight -= 1;
          if (inFlight === 0) for (const wake of waiters.splice(0)) wake();
        },
      };
    },
    state: () => state,
    async drain() {
      if (state === "running") state = "draining";
      if (inFlight === 0) return { unfinished: 0 };
      const settled = () => whenIdle().then(() => true);
      if (await Promise.race([settled(), sleep(options.drainMs).then(() => false)])) return { unfinished: 0 };
      state = "aborted";
      const unfinished = inFlight;
      await Promise.race([settled(), sleep(options.drainMs)]);
      return { unfinished };
    },
  };
}
