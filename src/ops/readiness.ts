/** One part the bot needs before it can answer: the store, a platform connection, the scheduler. */
export type ComponentState = { ready: boolean; reason?: string };

export type ReadinessReport = { ready: boolean; components: Record<string, ComponentState>; reasons: string[] };

/**
 * What `/readyz` reports. Each component says whether it is ready; the bot is ready when every registered
 * component is. A component that was never registered is not waited for (a bot without Discord has none).
 */
export type Readiness = {
  set(component: string, ready: boolean, reason?: string): void;
  report(): ReadinessReport;
};

export function createReadiness(): Readiness {
  const components = new Map<string, ComponentState>();
  return {
    set(component, ready, reason) {
      components.set(component, ready ? { ready } : { ready, reason: reason ?? "not ready" });
    },
    report() {
      const all = Object.fromEntries(components);
      const reasons = [...components].filter(([, state]) => !state.ready).map(([name, state]) => `${name}: ${state.reason}`);
      return {
        ready: components.size > 0 && reasons.length === 0,
        components: all,
        reasons: components.size === 0 ? ["starting"] : reasons,
      };
    },
  };
}
