import type { IncomingMessage, ServerResponse } from "node:http";
import type { Metrics } from "./metrics.ts";
import type { Readiness } from "./readiness.ts";

export const OPS_PATHS = ["/healthz", "/readyz", "/metrics"] as const;

/**
 * Answers the operator's endpoints; returns false for any other path so the caller can answer it (the
 * Slack receiver shares its port). `/healthz`: the process is up. `/readyz`: 503 with the reasons until
 * every part is ready. `/metrics`: Prometheus text.
 */
export function answerOpsRequest(req: IncomingMessage, res: ServerResponse, ops: { readiness: Readiness; metrics: Metrics }): boolean {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (!(OPS_PATHS as readonly string[]).includes(path)) return false;
  if (req.method !== "GET" && req.method !== "HEAD") {
    send(res, 405, "text/plain; charset=utf-8", "method not allowed: use GET\n", { allow: "GET, HEAD" });
    return true;
  }
  if (path === "/healthz") {
    send(res, 200, "application/json", `${JSON.stringify({ status: "ok" })}\n`);
  } else if (path === "/readyz") {
    const report = ops.readiness.report();
    send(res, report.ready ? 200 : 503, "application/json", `${JSON.stringify(report)}\n`);
  } else {
    ops.metrics.render().then(
      (text) => send(res, 200, ops.metrics.contentType, text),
      (error: unknown) => send(res, 500, "text/plain; charset=utf-8", `metrics failed: ${(error as Error).message}\n`),
    );
  }
  return true;
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  res.end(res.req.method === "HEAD" ? undefined : body);
}
