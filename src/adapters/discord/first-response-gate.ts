/**
 * Lets first responses (deferrals, autocomplete answers) go before answer work. One thread serves every
 * interaction: in a burst, composing and rendering the first answers (milliseconds of CPU each) would
 * otherwise hold back the deferrals of the interactions behind them, and only deferrals have a deadline.
 */
export type FirstResponseGate = {
  /** Registers a first response in flight; returns it. */
  track<T>(response: Promise<T>): Promise<T>;
  /** Resolves once the first responses in flight now have settled (later ones are not waited for). */
  clear(): Promise<void>;
};

export function createFirstResponseGate(): FirstResponseGate {
  const pending = new Set<Promise<unknown>>();
  return {
    track(response) {
      pending.add(response);
      const forget = () => pending.delete(response);
      response.then(forget, forget);
      return response;
    },
    async clear() {
      if (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
