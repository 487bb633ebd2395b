import { afterEach, describe, expect, it } from "vitest";
import { createFakeSlack, type FakeSlack } from "../support/fake-slack.ts";
import { slashCommand } from "../support/fake-slack-requests.ts";
import { serveOverSlack } from "../support/serve-over-slack.ts";
import { makeTempDir } from "../support/temp-dir.ts";

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** `brief serve` over Socket Mode against the fake Slack, on the seed store; resolves the exit code when stopped. */
const serveSlack = (slack: FakeSlack) => serveOverSlack(slack, { DATA_DIR: makeTempDir("brief-export-chat-") }).stop;

describe("/brief export in Slack (real Bolt app, files.uploadV2 against the fake)", () => {
  it("posts one line in the channel and uploads the whole brief as a Markdown file under it", async () => {
    fake = await createFakeSlack();
    const slack = fake;
    const stop = serveSlack(slack);
    await slack.socket.connected();
    slack.socket.send("slash_commands", slashCommand({ text: "export turkey-mediation", responseUrl: slack.responseUrl() }));
    await slack.waitFor(() => slack.sharedFiles().length === 1);
    const [post] = slack.accepted("chat.postMessage");
    expect(String(post?.body.text)).toMatch(/^Export of .*: every fact and citation, in brief-[\w-]+\.md \(\d+ KB\)\.$/);
    const [file] = slack.sharedFiles();
    expect(file?.filename).toMatch(/^brief-[\w-]+\.md$/);
    expect(file?.channel).toBe(post?.body.channel);
    expect(file?.threadTs).toBe(post?.reply.ts);
    expect(file?.content).toMatch(/^## /);
    expect(file?.content).toContain("### Sources");
    expect(await stop()).toBe(0);
  });

  it("tells the asker when Slack refuses the upload (no files:write scope); the message itself stays", async () => {
    fake = await createFakeSlack();
    const slack = fake;
    slack.fail("files.getUploadURLExternal", { error: "missing_scope" });
    const stop = serveSlack(slack);
    await slack.socket.connected();
    slack.socket.send("slash_commands", slashCommand({ text: "export turkey-mediation --json", responseUrl: slack.responseUrl() }));
    await slack.waitFor(() => slack.accepted("response_url").some((call) => String(call.body.text).includes("files:write")));
    expect(slack.accepted("chat.postMessage")).toHaveLength(1);
    expect(slack.sharedFiles()).toEqual([]);
    expect(await stop()).toBe(0);
  });
});
