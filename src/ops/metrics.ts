import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** How a command ended: an answer, "the articles don't say" / nothing found, a usage mistake, or a failure. */
export type CommandOutcome = "answered" | "refused" | "invalid" | "failed";
export type DigestOutcome = "sent" | "late" | "skipped" | "failed";

export type StoreStats = { articles: number; bytes: number };

export type Metrics = {
  command(event: { platform: string; command: string; outcome: CommandOutcome; seconds: number }): void;
  digest(event: { target: string; outcome: DigestOutcome }): void;
  sourcePoll(event: { source: string; outcome: "ok" | "not-modified" | "failed"; newItems: number }): void;
  /** The Prometheus text exposition of every metric. */
  render(): Promise<string>;
  contentType: string;
};

/**
 * Briefbot's metrics in a registry of its own (not prom-client's global one, so two bots in one test
 * process never share counts). Store size and article count are read when scraped, not kept up to date.
 */
export function createMetrics(options: { storeStats?: () => StoreStats; defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  // why: process CPU, memory, GC and nodejs_eventloop_lag_seconds: what an operator's dashboard expects first.
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const latency = new Histogram({
    name: "brief_command_duration_seconds",
    help: "Time from a command's arrival at the dispatcher to its answer, per platform and command.",
    labelNames: ["platform", "command"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const commands = new Counter({
    name: "brief_commands_total",
    help: "Commands answered, by platform, command and outcome (answered, refused, invalid, failed).",
    labelNames: ["platform", "command", "outcome"],
    registers: [registry],
  });
  const digests = new Counter({
    name: "brief_digests_total",
    help: "Digest slots by target and outcome (sent, late, skipped, failed).",
    labelNames: ["target", "outcome"],
    registers: [registry],
  });
  const polls = new Counter({
    name: "brief_source_polls_total",
    help: "Polls of followed sources by source and outcome.",
    labelNames: ["source", "outcome"],
    registers: [registry],
  });
  const items = new Counter({
    name: "brief_source_items_total",
    help: "New items stored from followed sources.",
    labelNames: ["source"],
    registers: [registry],
  });
  const stats = options.storeStats;
  if (stats) {
    new Gauge({
      name: "brief_store_articles",
      help: "Articles in the fact store.",
      registers: [registry],
      collect() {
        this.set(stats().articles);
      },
    });
    new Gauge({
      name: "brief_store_bytes",
      help: "Size of the fact store on disk (database and write-ahead log).",
      registers: [registry],
      collect() {
        this.set(stats().bytes);
      },
    });
  }
  return {
    command({ platform, command, outcome, seconds }) {
      latency.observe({ platform, command }, seconds);
      commands.inc({ platform, command, outcome });
    },
    digest({ target, outcome }) {
      digests.inc({ target, outcome });
    },
    sourcePoll({ source, outcome, newItems }) {
      polls.inc({ source, outcome });
      if (newItems > 0) items.inc({ source }, newItems);
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
