import type { FileConfig } from "../../config/file-schema.ts";
import { createDigestRunner, type DigestRunner, type RunnerOptions } from "./digest-runner.ts";
import { DEFAULT_RETRY } from "./retry.ts";

/** A digest posted this long after its slot is a catch-up, marked late (in the post and in the metrics). */
export const LATE_AFTER_MS = 10 * 60_000;
/** A claim left 'sending' longer than this is taken to be a crashed sender's and is reconciled. */
const LEASE_MS = 10 * 60_000;

/**
 * The digest runner as the config describes it: its digests, grace window and failure limit, with the
 * house retry policy, lease and lateness. why: `brief serve` and `brief digest run` must deliver alike.
 */
export function createConfiguredDigestRunner(
  options: Pick<RunnerOptions, "store" | "senders" | "threads" | "clock" | "log"> & {
    config: Pick<FileConfig, "topics" | "digests" | "digestDefaults">;
  },
): DigestRunner {
  const { config, ...deps } = options;
  return createDigestRunner({
    ...deps,
    topics: config.topics,
    retry: DEFAULT_RETRY,
    leaseMs: LEASE_MS,
    configDigests: config.digests,
    graceHours: config.digestDefaults.graceHours,
    maxFailures: config.digestDefaults.maxFailures,
    lateAfterMs: LATE_AFTER_MS,
  });
}
