import { classifyHttpError } from "./sender.ts";

export type RetryPolicy = {
  /** Attempts after the first. */
  retries: number;
  /** First backoff; doubles each time (a platform's Retry-After wins when longer). */
  baseDelayMs: number;
  maxDelayMs: number;
};

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 2_000, maxDelayMs: 60_000 };

/**
 * Runs `attempt` until it succeeds, retrying 429 and 5xx with exponential backoff through the injected
 * `sleep`; anything else fails at once. `beforeRetry` runs before each wait (to renew a delivery claim).
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  options: { policy: RetryPolicy; sleep: (ms: number) => Promise<void>; beforeRetry?: (error: Error, n: number) => void },
): Promise<T> {
  for (let n = 0; ; n += 1) {
    try {
      return await attempt();
    } catch (raw) {
      const error = classifyHttpError(raw);
      if (!error.retryable || n >= options.policy.retries) throw error;
      options.beforeRetry?.(error, n + 1);
      const backoff = Math.min(options.policy.baseDelayMs * 2 ** n, options.policy.maxDelayMs);
      await options.sleep(Math.max(backoff, error.retryAfterMs ?? 0));
    }
  }
}
