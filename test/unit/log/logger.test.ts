import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, type LogFormat, type LogLevel } from "../../../src/log/logger.ts";

function capture(level: LogLevel, format: LogFormat, secrets: string[] = []) {
  const out = new PassThrough();
  let text = "";
  out.on("data", (chunk) => {
    text += String(chunk);
  });
  return { log: createLogger({ level, out, format, secrets, base: { component: "test" } }), lines: () => text.split("\n").filter(Boolean) };
}

describe("createLogger (pino)", () => {
  it("writes one JSON object per line with time, level, message, the component and the fields", () => {
    const { log, lines } = capture("info", "json");
    log.child({ requestId: "r-1" }).info("answered", { command: "who", ms: 12 });
    const [line] = lines();
    const record = JSON.parse(line ?? "") as Record<string, unknown>;
    expect(record).toMatchObject({ level: "info", msg: "answered", component: "test", requestId: "r-1", command: "who", ms: 12 });
    expect(String(record.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("keeps each line's level gate and its children's fields, whether or not an earlier line was written", () => {
    const { log, lines } = capture("warn", "json");
    const child = log.child({ requestId: "r-2" });
    const grandchild = child.child({ step: "render" });
    log.info("below the level");
    child.debug("below the level too");
    expect(lines()).toEqual([]);
    grandchild.error("failed", { code: 3 });
    child.warn("slow");
    expect(lines().map((line) => JSON.parse(line) as Record<string, unknown>)).toMatchObject([
      { level: "error", msg: "failed", component: "test", requestId: "r-2", step: "render", code: 3 },
      { level: "warn", msg: "slow", component: "test", requestId: "r-2" },
    ]);
    expect(JSON.parse(lines()[1] ?? "{}")).not.toHaveProperty("step");
  });

  it("censors credential fields by name and configured secrets by value, in any text", () => {
    const { log, lines } = capture("info", "json", ["xoxb-test-secret-123"]);
    log.warn("request failed with xoxb-test-secret-123 in it", {
      token: "abc-plain",
      request: { headers: { authorization: "Bearer zzz-top" } },
      error: new Error("endpoint echoed xoxb-test-secret-123"),
    });
    const text = lines().join("\n");
    expect(text).not.toContain("xoxb-test-secret-123");
    expect(text).not.toContain("abc-plain");
    expect(text).not.toContain("zzz-top");
    const record = JSON.parse(lines()[0] ?? "") as { token: string; request: { headers: { authorization: string } }; error: string };
    expect(record.token).toBe("[redacted]");
    expect(record.request.headers.authorization).toBe("[redacted]");
    expect(record.error).toBe("endpoint echoed [redacted]");
  });

  it("prints readable lines in pretty format, and drops what is below the level", () => {
    const { log, lines } = capture("warn", "pretty");
    log.info("not shown");
    log.warn("disk nearly full", { free: "2 GB", path: "/data" });
    expect(lines()).toHaveLength(1);
    expect(lines()[0]).toMatch(/^\d{4}-\S+Z warn {2}disk nearly full component=test free="2 GB" path=\/data$/);
  });

  it("writes nothing at all when silent", () => {
    const { log, lines } = capture("silent", "json");
    log.error("nobody hears this");
    expect(lines()).toEqual([]);
  });
});
