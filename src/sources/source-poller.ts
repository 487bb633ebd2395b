import type { Logger } from "../log/logger.ts";
import { type PollerDeps, type PollReport, pollSource } from "./poll-source.ts";

export type SourcePoller = {
  /** Polls every source due at `now` (a few at a time; the fetch paces each host); returns what each poll did. */
  pollDue(now: Date): Promise<PollReport[]>;
  /** Polls one source now, due or not; null when there is no such source. */
  pollOne(id: string): Promise<PollReport | null>;
};

/**
 * Polls followed sources. Safe to call twice at once: a source already being polled is left to that poll.
 * why: the scheduler's heartbeat and a cron wake-up may meet, and a long poll may outlast the next minute.
 */
export function createSourcePoller(deps: PollerDeps & { log?: Logger; concurrency?: number }): SourcePoller {
  const inFlight = new Set<string>();
  const concurrency = deps.concurrency ?? 4;
  const pollLogged = async (id: string): Promise<PollReport | null> => {
    const source = deps.store.sources.getSource(id);
    if (!source || inFlight.has(id)) return null;
    inFlight.add(id);
    try {
      const report = await pollSource(source, deps);
      if (report.movedTo)
        deps.log?.info("source moved for good (HTTP 301/308): following its new URL", { source: id, from: source.url, to: report.movedTo });
      if (report.status === "failed") deps.log?.warn("source poll failed", { source: id, error: report.error });
      else if (report.stored + report.replaced > 0)
        deps.log?.info("source polled", { source: id, stored: report.stored, replaced: report.replaced });
      return report;
    } finally {
      inFlight.delete(id);
    }
  };
  return {
    async pollDue(now) {
      const queue = deps.store.sources.dueSources(now.toISOString()).map((source) => source.id);
      const reports: PollReport[] = [];
      const worker = async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const report = await pollLogged(id);
          if (report) reports.push(report);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
      return reports;
    },
    pollOne: pollLogged,
  };
}
