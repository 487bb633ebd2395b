import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMetrics } from "../../src/ops/metrics.ts";
import { startOpsServer } from "../../src/ops/ops-server.ts";
import { createReadiness } from "../../src/ops/readiness.ts";
import { REPO_ROOT } from "../support/brief-child.ts";

/**
 * No Docker engine runs on the development machines, so the image is checked as text: what would be
 * wrong in it is wrong here first. (README: "Docker" says what was not run.)
 */
const dockerfile = readFileSync(`${REPO_ROOT}/Dockerfile`, "utf8");
const instructions = dockerfile
  .replace(/\\\n\s*/g, " ")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("#"));
const stages = instructions.filter((line) => line.startsWith("FROM "));
const runtime = instructions.slice(instructions.lastIndexOf(stages.at(-1) ?? ""));

describe("the Dockerfile", () => {
  it("builds in stages on Node 24 and installs production dependencies only, from the lock file", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^FROM node:24[-\w.]* AS \w+$/);
    expect(instructions.some((line) => /npm ci\b.*--omit=dev/.test(line))).toBe(true);
    expect(runtime.some((line) => line.startsWith("COPY --from="))).toBe(true);
  });

  it("runs as the unprivileged node user with the store on a volume", () => {
    const user = runtime.findLast((line) => line.startsWith("USER "));
    expect(user).toBe("USER node");
    expect(runtime).toContain('VOLUME ["/data"]');
    expect(runtime.find((line) => line.startsWith("ENV "))).toMatch(/DATA_DIR=\/data/);
    expect(runtime.indexOf(user ?? "")).toBeGreaterThan(runtime.findIndex((line) => line.includes("chown node:node /data")));
  });

  it("checks its health on /healthz and starts the bot", () => {
    const health = runtime.find((line) => line.startsWith("HEALTHCHECK "));
    expect(health).toContain("/healthz");
    expect(health).toMatch(/METRICS_PORT.*PORT/);
    expect(runtime.at(-1)).toBe('CMD ["node", "bin/brief.js", "serve"]');
  });

  it("checks the shipped config while building", () => {
    expect(runtime).toContain("RUN node bin/brief.js check-config");
  });
});

describe("the image's health probe", () => {
  it("passes against a running bot's /healthz and fails when nothing listens", async () => {
    const health = runtime.find((line) => line.startsWith("HEALTHCHECK ")) ?? "";
    const argv = JSON.parse(health.slice(health.indexOf("CMD ") + 4)) as string[];
    const probe = (port: number) =>
      new Promise<number>((resolve) => {
        const child = execFile(argv[0] === "node" ? process.execPath : (argv[0] ?? ""), argv.slice(1), {
          env: { PATH: process.env.PATH ?? "", METRICS_PORT: String(port) },
        });
        child.on("exit", (code) => resolve(code ?? -1));
      });
    const server = await startOpsServer({
      port: 0,
      host: "127.0.0.1",
      readiness: createReadiness(),
      metrics: createMetrics({ defaultMetrics: false }),
    });
    const port = server.port;
    try {
      expect(await probe(port)).toBe(0);
    } finally {
      await server.stop();
    }
    expect(await probe(port)).toBe(1);
  });
});
