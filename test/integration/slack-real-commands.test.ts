import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.ts";
import { createDispatcher } from "../../src/dispatch/dispatcher.ts";
import { createLogger } from "../../src/log/logger.ts";
import { type SlackHarness, startSlackHarness } from "../support/fake-slack-harness.ts";
import { postSigned, slashCommand } from "../support/fake-slack-requests.ts";

let harness: SlackHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const quiet = createLogger({ level: "silent", out: new Writable({ write: (_chunk, _encoding, done) => done() }) });

describe("Slack with the real command layer (src/dispatch + commands/index.ts)", () => {
  it("answers /brief help privately through the response_url, listing every command", async () => {
    const dispatcher = createDispatcher({ commands: COMMANDS, deps: { topics: [] }, log: quiet });
    const h = await startSlackHarness({ mode: "http", dispatcher });
    harness = h;
    const body = new URLSearchParams(slashCommand({ text: "help", responseUrl: h.fake.responseUrl() })).toString();
    expect((await postSigned(h.url, body, "form")).status).toBe(200);
    await h.fake.waitFor(() => h.fake.calls("response_url").length > 0);
    const [post] = h.fake.calls("response_url");
    expect(post?.status).toBe(200);
    expect(post?.body.response_type).toBe("ephemeral");
    const shown = JSON.stringify(post?.body.blocks);
    for (const command of COMMANDS) expect(shown).toContain(command.name);
    expect(h.fake.calls("chat.postMessage")).toHaveLength(0);
  });
});
