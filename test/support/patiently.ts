/**
 * Options for `vi.waitFor` when the condition depends on real I/O: vitest's default of one second is a timing
 * assertion on a busy machine, so waits give up only well after anything healthy would have happened.
 */
export const patiently = { timeout: 60_000, interval: 10 } as const;
