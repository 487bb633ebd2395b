import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../log/logger.ts";
import { createMetrics, type Metrics, type StoreStats } from "./metrics.ts";
import { answerOpsRequest } from "./ops-routes.ts";
import { type OpsServer, startOpsServer } from "./ops-server.ts";
import { createReadiness, type Readiness } from "./readiness.ts";

export type ServeOps = {
  metrics: Metrics;
  readiness: Readiness;
  /** Set when the routes share Slack's HTTP port: the Slack receiver passes other paths here. */
  sharedRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Starts the endpoints' own server when they have one; resolves with its port, or null. */
  listen(): Promise<number | null>;
  stop(): Promise<void>;
};

/**
 * Where `/healthz`, `/readyz` and `/metrics` are served: on METRICS_PORT when set; else on Slack's HTTP-mode
 * port (PORT) beside `/slack/events`; else on PORT when a platform runs (Discord, Slack over Socket Mode). The
 * terminal chat alone serves them only when PORT or METRICS_PORT is set: a personal terminal chat opens no network
 * port nobody asked for (and two of them on one machine would fight over 3000). Undefined when nothing would serve
 * them: then no metrics are kept at all (no event-loop monitor nobody can read).
 */
export function createServeOps(options: {
  port: number;
  metricsPort?: number | undefined;
  slackHttp: boolean;
  platforms: boolean;
  /** PORT was set in the environment (not the default). */
  portSet: boolean;
  storeStats: () => StoreStats;
  log: Logger;
}): ServeOps | undefined {
  const shared = options.slackHttp && options.metricsPort === undefined;
  const ownPort = options.metricsPort ?? (options.slackHttp || !(options.platforms || options.portSet) ? undefined : options.port);
  if (!shared && ownPort === undefined) return undefined;
  const metrics = createMetrics({ storeStats: options.storeStats });
  const readiness = createReadiness();
  const ops = { metrics, readiness };
  let server: OpsServer | undefined;
  return {
    metrics,
    readiness,
    ...(shared ? { sharedRoutes: (req: IncomingMessage, res: ServerResponse) => answerOpsRequest(req, res, ops) } : {}),
    async listen() {
      if (ownPort === undefined) return null;
      server = await startOpsServer({ port: ownPort, ...ops });
      options.log.info("health and metrics endpoints listening", { port: server.port, paths: "/healthz /readyz /metrics" });
      return server.port;
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  };
}
