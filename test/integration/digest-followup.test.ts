import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG_PATH, loadEnv, loadFileConfig } from "../../config/load.ts";
import { createSlackAdapter } from "../../src/adapters/slack/app.ts";
import { createSlackDigestClient } from "../../src/adapters/slack/digest-client.ts";
import { createServices } from "../../src/app/services.ts";
import { createSlackDigestSender } from "../../src/digest/senders/slack-sender.ts";
import { renderSlack } from "../../src/render/slack/render-slack.ts";
import { createFakeSlack } from "../support/fake-slack.ts";
import { eventCallback, threadReply } from "../support/fake-slack-requests.ts";
import { createStoreFile, digestConfig, ingestSeeds, quietLog, runnerFor } from "../unit/digest/support/digest-world.ts";
import { createManualClock } from "../unit/digest/support/manual-clock.ts";

let closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

describe("a follow-up in a digest's Slack thread", () => {
  it("is answered in that thread by the real adapter and dispatcher over the store", async () => {
    const clock = createManualClock("2024-03-01T03:00:00Z");
    const file = createStoreFile(clock);
    closers.push(file.cleanup);
    const store = file.open();
    await ingestSeeds(store);
    const fake = await createFakeSlack({ now: () => clock.now() });
    closers.push(() => fake.close());

    const config = { env: loadEnv({}), file: loadFileConfig(DEFAULT_CONFIG_PATH), configPath: DEFAULT_CONFIG_PATH };
    const noNetwork = async () => {
      throw new Error("no network in tests");
    };
    const services = createServices({ config, store, log: quietLog, secretsEnv: {}, fetch: noNetwork });
    const adapter = createSlackAdapter({
      botToken: "xoxb-fake-token",
      appToken: "xapp-fake-token",
      apiUrl: fake.apiUrl,
      port: 0,
      host: "127.0.0.1",
      dispatcher: services.dispatcher,
      threads: services.threads,
      render: renderSlack,
      log: quietLog,
      retryConfig: { retries: 0 },
      paceMs: 20,
    });
    closers.push(() => adapter.stop().catch(() => undefined));
    await adapter.start();
    await fake.socket.connected();

    const sender = createSlackDigestSender({
      client: createSlackDigestClient({ botToken: "xoxb-fake-token", apiUrl: fake.apiUrl }),
      render: renderSlack,
    });
    const runner = runnerFor(store, clock, [digestConfig()], { slack: sender }, { threads: services.threads });
    clock.set("2024-03-01T04:30:00Z");
    const [result] = await runner.tick(clock.now());
    expect(result?.outcome.status).toBe("sent");
    const root = fake.accepted("chat.postMessage").find((call) => call.body.metadata !== undefined);
    const rootTs = String(root?.reply.ts);
    expect(await services.threads.isBotThread("slack", "C1", rootTs)).toBe(true);

    const inThread = () => fake.accepted("chat.postMessage").filter((call) => call.body.thread_ts === rootTs);
    const before = inThread().length;
    fake.socket.send("events_api", eventCallback(threadReply({ channel: "C1", threadTs: rootTs, text: "what did Kalin say?" })));
    await fake.waitFor(() => inThread().length > before);
    const answer = inThread()[before];
    expect(answer?.body.channel).toBe("C1");
    expect(answer?.body.metadata).toBeUndefined();
    expect(String(answer?.body.text)).toContain("Ibrahim Kalin said");
    expect(fake.accepted("chat.postMessage").filter((call) => call.body.metadata !== undefined)).toHaveLength(1);
  });
});
