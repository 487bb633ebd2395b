/**
 * One digest tick in a process of its own, for kill -9 tests: `node bin/run-ts.js test/support/digest-slot-process.ts
 * STORE API_URL ISO_NOW`. The real runner, Slack sender and Web API client (to the fake Slack at API_URL) on the
 * store file, with the time fixed at ISO_NOW. Prints "ticking" before the tick and the outcomes after it.
 */
import { createSlackDigestClient } from "../../src/adapters/slack/digest-client.ts";
import { createSlackDigestSender } from "../../src/digest/senders/slack-sender.ts";
import { renderSlack } from "../../src/render/slack/render-slack.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { digestConfig, runnerFor } from "../unit/digest/support/digest-world.ts";
import { createManualClock } from "../unit/digest/support/manual-clock.ts";

const [path, apiUrl, at] = process.argv.slice(2);
if (!path || !apiUrl || !at) throw new Error("usage: digest-slot-process.ts STORE API_URL ISO_NOW");
const clock = createManualClock(at);
const store = createSqliteStore({ path, now: () => clock.now().toISOString() });
const sender = createSlackDigestSender({ client: createSlackDigestClient({ botToken: "xoxb-fake-token", apiUrl }), render: renderSlack });
process.stdout.write("ticking\n");
const results = await runnerFor(store, clock, [digestConfig()], { slack: sender }).tick(clock.now());
process.stdout.write(`${JSON.stringify(results.map((result) => result.outcome))}\n`);
store.close();
