import { afterEach, describe, expect, it } from "vitest";
import { createFakeSlack, type FakeSlack } from "../support/fake-slack.ts";
import { eventCallback, slashCommand, threadReply } from "../support/fake-slack-requests.ts";
import { serveOverSlack } from "../support/serve-over-slack.ts";
import { makeTempDir } from "../support/temp-dir.ts";

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Runs `brief serve` as npm start would, with Slack tokens, until the returned stop() is called. */
const serveSlack = (slack: FakeSlack, dataDir: string) => serveOverSlack(slack, { DATA_DIR: dataDir });

const postsIn = (slack: FakeSlack, threadTs: string) =>
  slack.accepted("chat.postMessage").filter((call) => call.body.thread_ts === threadTs);

describe("brief serve with Slack tokens (composition root, real store, real commands)", () => {
  it("answers /brief who from the seeded store, follows up in the thread, and keeps the thread across a restart", async () => {
    fake = await createFakeSlack();
    const slack = fake;
    const dataDir = makeTempDir("brief-serve-");

    const first = serveSlack(slack, dataDir);
    await slack.socket.connected();
    slack.socket.send("slash_commands", slashCommand({ text: "who Kalin", responseUrl: slack.responseUrl() }));
    await slack.waitFor(() => slack.accepted("chat.postMessage").length === 1);
    const root = slack.accepted("chat.postMessage")[0];
    expect(JSON.stringify(root?.body.blocks)).toContain("burns bridges");
    const rootTs = String(root?.reply.ts);

    slack.socket.send("events_api", eventCallback(threadReply({ threadTs: rootTs, text: "what did he say about the grain deal?" })));
    await slack.waitFor(() => postsIn(slack, rootTs).length === 1);
    expect(JSON.stringify(postsIn(slack, rootTs)[0]?.body)).toContain("grain deal here");
    expect(await first.stop()).toBe(0);

    const second = serveSlack(slack, dataDir);
    await slack.waitFor(() => slack.calls("apps.connections.open").length === 2);
    await slack.socket.connected();
    slack.socket.send("events_api", eventCallback(threadReply({ threadTs: rootTs, text: "when did he say that?" })));
    await slack.waitFor(() => postsIn(slack, rootTs).length === 2);
    expect(await second.stop()).toBe(0);
    expect(second.io.err()).not.toContain("xoxb-fake-token");
  });
});
