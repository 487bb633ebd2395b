import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Metrics } from "./metrics.ts";
import { answerOpsRequest } from "./ops-routes.ts";
import type { Readiness } from "./readiness.ts";

export type OpsServer = { port: number; stop(): Promise<void> };

/** The health and metrics endpoints on a port of their own (METRICS_PORT, or PORT when Slack is not on HTTP). */
export async function startOpsServer(options: { port: number; host?: string; readiness: Readiness; metrics: Metrics }): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    if (!answerOpsRequest(req, res, options)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found: /healthz, /readyz and /metrics are served here\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
