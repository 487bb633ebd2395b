import { afterEach, describe, expect, it } from "vitest";
import { createMetrics } from "../../src/ops/metrics.ts";
import { answerOpsRequest } from "../../src/ops/ops-routes.ts";
import { createReadiness } from "../../src/ops/readiness.ts";
import { type SlackHarness, startSlackHarness } from "../support/fake-slack-harness.ts";
import { postSigned, slashCommand } from "../support/fake-slack-requests.ts";

let harness: SlackHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("Slack HTTP mode shares its port with /healthz, /readyz and /metrics", () => {
  it("answers the operator's paths beside /slack/events, and readiness follows the adapter's start", async () => {
    const readiness = createReadiness();
    const metrics = createMetrics({ defaultMetrics: false });
    harness = await startSlackHarness({
      mode: "http",
      adapter: {
        otherRequests: (req, res) => answerOpsRequest(req, res, { readiness, metrics }),
        onConnection: (up, reason) => readiness.set("slack", up, reason),
      },
    });
    const origin = new URL(harness.url).origin;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${origin}/metrics`)).text()).toContain("# HELP brief_commands_total");
    expect((await fetch(`${origin}/somewhere-else`)).status).toBe(404);

    const body = new URLSearchParams(slashCommand({ text: "turkey-mediation", responseUrl: harness.fake.responseUrl() })).toString();
    expect((await postSigned(harness.url, body, "form")).status).toBe(200);
  });
});
