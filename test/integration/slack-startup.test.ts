import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/main.ts";
import { captureIo } from "../support/cli-io.ts";
import { createFakeSlack, type FakeSlack } from "../support/fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "../support/fake-slack-harness.ts";
import { SIGNING_SECRET } from "../support/fake-slack-requests.ts";

let harness: SlackHarness | undefined;
let fake: FakeSlack | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await harness?.close();
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  [harness, fake, dataDir] = [undefined, undefined, undefined];
});

describe("Slack start-up: auth.test failures (real adapter against a fake Slack)", () => {
  it("retries auth.test through a 500 outage with backoff, says it is Slack's side, then starts", async () => {
    const waits: number[] = [];
    harness = await startSlackHarness({
      mode: "http",
      beforeStart: (slack) => slack.fail("auth.test", { status: 500 }, 2),
      adapter: {
        authRetryDelaysMs: [1000, 2000, 4000],
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    });
    expect(waits).toEqual([1000, 2000]);
    const logs = harness.logs.join("");
    expect(logs).toMatch(/Slack is not answering the token check; this is Slack's side or the network/);
    expect(logs).toContain("HTTP 500 from Slack");
    expect(logs).not.toMatch(/refused SLACK_BOT_TOKEN/);
    expect(harness.fake.calls("auth.test").length).toBeGreaterThanOrEqual(3);
  });

  it("gives up on a lasting outage saying so, without blaming the token", async () => {
    const start = startSlackHarness({
      mode: "http",
      beforeStart: (slack) => slack.fail("auth.test", { status: 500 }, 50),
      adapter: { authRetryDelaysMs: [1, 1], sleep: async () => {} },
    });
    await expect(start).rejects.toThrow(
      /HTTP 500 from Slack, 3 tries\): an outage at Slack or on the network, not a problem with SLACK_BOT_TOKEN/,
    );
  });

  it("stops at once on a refused token, naming the variable, without retrying", async () => {
    const waits: number[] = [];
    const start = startSlackHarness({
      mode: "http",
      beforeStart: (slack) => slack.fail("auth.test", { error: "invalid_auth" }, 5),
      adapter: { sleep: async (ms) => void waits.push(ms) },
    });
    await expect(start).rejects.toThrow(/Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(waits).toEqual([]);
  });

  it("never prints the token when an endpoint reflects the Authorization header into its error", async () => {
    fake = await createFakeSlack();
    fake.fail("auth.test", { reflectHeader: "authorization" }, 5);
    dataDir = mkdtempSync(join(tmpdir(), "brief-mask-"));
    const io = captureIo();
    const env = {
      SLACK_BOT_TOKEN: "xoxb-fake-token-reflected",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: "1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "debug",
    };
    const code = await main(["serve"], { env, io, until: new Promise(() => {}) });
    expect(code).toBe(1);
    // The reflection did reach the error text: it is shown, masked.
    expect(io.err()).toMatch(/Slack could not start: .*authorization: Bearer \[redacted\]/);
    expect(io.err() + io.out()).not.toContain("xoxb-fake-token-reflected");
  });
});
