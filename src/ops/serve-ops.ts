import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../log/logger.ts";
import { createMetrics, type Metrics, type StoreStats } from "./metrics.ts";
import { type OpsPortOptions, opsPorts } from "./ops-ports.ts";
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
 * The health and metrics endpoints, where opsPorts (ops-ports.ts) puts them; undefined when nothing would serve
 * them: then no metrics are kept at all (no event-loop monitor nobody can read).
 */
export function createServeOps(
  options: OpsPortOptions & {
    storeStats: () => StoreStats;
    log: Logger;
  },
): ServeOps | undefined {
  const ports = opsPorts(options);
  if (!ports) return undefined;
  const { shared, ownPort } = ports;
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
