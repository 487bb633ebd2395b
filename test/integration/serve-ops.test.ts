import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { startFakeDiscord } from "../support/fake-discord.ts";
import { createFakeSlack, type FakeSlack } from "../support/fake-slack.ts";
import { slashCommand } from "../support/fake-slack-requests.ts";
import { patiently } from "../support/patiently.ts";
import { serveOverSlack } from "../support/serve-over-slack.ts";
import { makeTempDir } from "../support/temp-dir.ts";

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** `brief serve` with Slack over Socket Mode and the operator endpoints on a port of their own (METRICS_PORT=0). */
function serveWithOps(slack: FakeSlack) {
  const bot = serveOverSlack(slack, {
    DATA_DIR: makeTempDir("brief-ops-"),
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
    METRICS_PORT: "0",
  });
  return { io: bot.io, port: () => listeningPort(bot.io), stop: bot.stop };
}

/** The port the endpoints were given (METRICS_PORT=0), read from serve's JSON log line. */
async function listeningPort(io: { err(): string }): Promise<number> {
  let found = 0;
  await vi.waitFor(() => {
    const line = io
      .err()
      .split("\n")
      .find((text) => text.includes("health and metrics endpoints listening"));
    found = (JSON.parse(line ?? "{}") as { port?: number }).port ?? 0;
    expect(found).toBeGreaterThan(0);
  }, patiently);
  return found;
}

describe("brief serve: /healthz, /readyz and /metrics", () => {
  it("counts the commands it answered, and /readyz follows the Slack connection down and up again", async () => {
    fake = await createFakeSlack();
    const slack = fake;
    const bot = serveWithOps(slack);
    const base = `http://127.0.0.1:${await bot.port()}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await vi.waitFor(async () => expect((await fetch(`${base}/readyz`)).status).toBe(200), patiently);

    slack.socket.send("slash_commands", slashCommand({ text: "who Kalin", responseUrl: slack.responseUrl() }));
    slack.socket.send("slash_commands", slashCommand({ text: "no-such-topic-at-all", responseUrl: slack.responseUrl() }));
    await vi.waitFor(async () => {
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('brief_commands_total{platform="slack",command="who",outcome="answered"} 1');
      expect(metrics).toContain('brief_commands_total{platform="slack",command="topic",outcome="refused"} 1');
      expect(metrics).toMatch(/brief_command_duration_seconds_count\{platform="slack",command="who"\} 1/);
      expect(metrics).toMatch(/brief_store_articles [1-9]/);
      expect(metrics).toContain("nodejs_eventloop_lag_seconds");
    }, patiently);

    const opens = slack.calls("apps.connections.open").length;
    let reconnect: () => void = () => {};
    slack.fail("apps.connections.open", { until: new Promise<void>((resolve) => (reconnect = resolve)) });
    slack.socket.drop();
    await vi.waitFor(async () => {
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(JSON.stringify(await ready.json())).toMatch(/slack: socket (disconnected|reconnecting)/);
    }, patiently);
    reconnect();
    await vi.waitFor(() => expect(slack.calls("apps.connections.open").length).toBeGreaterThan(opens), patiently);
    await vi.waitFor(async () => expect((await fetch(`${base}/readyz`)).status).toBe(200), patiently);

    expect(await bot.stop()).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    expect(bot.io.err()).not.toContain("xoxb-fake-token");
  }, 300_000);
});

describe("brief serve with Discord: /metrics and /readyz", () => {
  it("counts a /brief command answered through the real discord.js client, and is ready once the gateway is", async () => {
    const discord = await startFakeDiscord();
    let release: () => void = () => {};
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    const io = captureIo();
    const env = {
      DISCORD_TOKEN: "fake.bot.token",
      DISCORD_API_URL: discord.apiUrl,
      DATA_DIR: makeTempDir("brief-ops-discord-"),
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      METRICS_PORT: "0",
    };
    const exit = main(["serve"], { env, io, until });
    try {
      const base = `http://127.0.0.1:${await listeningPort(io)}`;
      await vi.waitFor(async () => expect((await fetch(`${base}/readyz`)).status).toBe(200), patiently);
      const id = discord.command("who", [{ name: "speaker", value: "Kalin" }]);
      await discord.waitFor(() => discord.forInteraction(id).some((r) => r.method === "PATCH" && r.status === 200), "the answer");
      await vi.waitFor(async () => {
        const metrics = await (await fetch(`${base}/metrics`)).text();
        expect(metrics).toContain('brief_commands_total{platform="discord",command="who",outcome="answered"} 1');
      }, patiently);
    } finally {
      release();
      expect(await exit).toBe(0);
      await discord.close();
    }
    expect(io.err()).not.toContain("fake.bot.token");
  }, 300_000);
});

describe("brief serve in the terminal with METRICS_PORT", () => {
  it("counts the terminal chat's commands too, and stops serving when the chat ends", async () => {
    const stdin = new PassThrough();
    const io = { ...captureIo(), stdin };
    const env = { DATA_DIR: makeTempDir("brief-ops-terminal-"), LOG_LEVEL: "info", LOG_FORMAT: "json", METRICS_PORT: "0" };
    const exit = main(["serve"], { env, io });
    const base = `http://127.0.0.1:${await listeningPort(io)}`;
    await vi.waitFor(async () => expect((await fetch(`${base}/readyz`)).status).toBe(200), patiently);
    stdin.write("who Kalin\n");
    stdin.write("ask what is the capital of the moon?\n");
    await vi.waitFor(async () => {
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('brief_commands_total{platform="console",command="who",outcome="answered"} 1');
      expect(metrics).toContain('brief_commands_total{platform="console",command="ask",outcome="refused"} 1');
    }, patiently);
    stdin.end();
    expect(await exit).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 300_000);
});
