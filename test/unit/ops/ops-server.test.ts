import { afterEach, describe, expect, it } from "vitest";
import { createMetrics } from "../../../src/ops/metrics.ts";
import { type OpsServer, startOpsServer } from "../../../src/ops/ops-server.ts";
import { createReadiness } from "../../../src/ops/readiness.ts";

let server: OpsServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function start() {
  const readiness = createReadiness();
  const metrics = createMetrics({ storeStats: () => ({ articles: 12, bytes: 4096 }), defaultMetrics: false });
  server = await startOpsServer({ port: 0, host: "127.0.0.1", readiness, metrics });
  const url = (path: string) => `http://127.0.0.1:${server?.port}${path}`;
  return { readiness, metrics, url };
}

describe("the operator's endpoints", () => {
  it("/healthz answers while the process is up; /readyz says 503 with the reasons until every part is ready", async () => {
    const { readiness, url } = await start();
    expect((await fetch(url("/healthz"))).status).toBe(200);
    const starting = await fetch(url("/readyz"));
    expect(starting.status).toBe(503);
    expect(await starting.json()).toMatchObject({ ready: false, reasons: ["starting"] });

    readiness.set("store", true);
    readiness.set("slack", false, "socket disconnected");
    const waiting = await fetch(url("/readyz"));
    expect(waiting.status).toBe(503);
    expect(await waiting.json()).toMatchObject({ ready: false, reasons: ["slack: socket disconnected"] });

    readiness.set("slack", true);
    const ready = await fetch(url("/readyz"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, reasons: [] });
  });

  it("/metrics is Prometheus text with command, digest, source and store metrics", async () => {
    const { metrics, url } = await start();
    metrics.command({ platform: "slack", command: "who", outcome: "answered", seconds: 0.012 });
    metrics.command({ platform: "slack", command: "ask", outcome: "refused", seconds: 0.03 });
    metrics.digest({ target: "slack:C1", outcome: "sent" });
    metrics.sourcePoll({ source: "wire", outcome: "ok", newItems: 3 });
    const response = await fetch(url("/metrics"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain('brief_commands_total{platform="slack",command="who",outcome="answered"} 1');
    expect(text).toContain('brief_commands_total{platform="slack",command="ask",outcome="refused"} 1');
    expect(text).toContain('brief_command_duration_seconds_bucket{le="0.025",platform="slack",command="who"} 1');
    expect(text).toContain('brief_digests_total{target="slack:C1",outcome="sent"} 1');
    expect(text).toContain('brief_source_items_total{source="wire"} 3');
    expect(text).toContain("brief_store_articles 12");
    expect(text).toContain("brief_store_bytes 4096");
  });

  it("refuses other methods and names the endpoints on any other path", async () => {
    const { url } = await start();
    const post = await fetch(url("/metrics"), { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const other = await fetch(url("/admin"));
    expect(other.status).toBe(404);
    expect(await other.text()).toContain("/healthz, /readyz and /metrics");
  });

  it("includes the event-loop lag among the default process metrics", async () => {
    const metrics = createMetrics();
    expect(await metrics.render()).toContain("nodejs_eventloop_lag_seconds");
  });
});
