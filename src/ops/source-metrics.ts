import type { PollReport } from "../sources/poll-source.ts";
import type { Metrics } from "./metrics.ts";

/** Counts one tick's source polls by outcome, and the new items each stored. */
export function recordPolls(metrics: Metrics, reports: readonly PollReport[]): void {
  for (const report of reports) metrics.sourcePoll({ source: report.sourceId, outcome: report.status, newItems: report.stored });
}
