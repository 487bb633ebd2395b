import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { NOTICES } from "../../src/adapters/slack/notices.ts";
import { integrityProblem } from "../../src/store/integrity.ts";
import { type BriefProcess, freePort, spawnBrief } from "../support/brief-process.ts";
import { createFakeSlack, type FakeSlack } from "../support/fake-slack.ts";
import { postSigned, SIGNING_SECRET, slashCommand } from "../support/fake-slack-requests.ts";

let fake: FakeSlack | undefined;
let proc: BriefProcess | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  if (proc && proc.child.exitCode === null) proc.child.kill("SIGKILL");
  await proc?.exited;
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  [fake, proc, dataDir] = [undefined, undefined, undefined];
});

type Outcome = { channel: string; responseUrl: string; status: number | "refused"; ack: string };

const CHANNELS = ["C0001", "C0002", "C0003", "C0004"];
const BURST = 20;
const SIGTERM_AFTER_ACKS = 8;

/** A real `brief serve` in Slack HTTP mode against the fake, once it listens. */
async function serveAgainst(slack: FakeSlack): Promise<{ running: BriefProcess; port: number }> {
  dataDir = mkdtempSync(join(tmpdir(), "brief-sigterm-"));
  const port = await freePort();
  proc = spawnBrief(["serve"], {
    SLACK_BOT_TOKEN: "xoxb-fake-token",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: "info",
  });
  const running = proc;
  await running.printed(/listening for Slack requests/);
  return { running, port };
}

describe("SIGTERM in Slack HTTP mode (a real `brief serve` process)", () => {
  it("finishes or honestly drops a burst of 20 commands, posts nothing twice, closes the store last and exits 0", async () => {
    fake = await createFakeSlack();
    const slack = fake;
    const { running, port } = await serveAgainst(slack);
    const url = `http://127.0.0.1:${port}/slack/events`;

    const outcomes: Outcome[] = [];
    for (let i = 0; i < BURST; i += 1) {
      const channel = CHANNELS[i % CHANNELS.length] as string;
      const responseUrl = slack.responseUrl();
      const body = new URLSearchParams(slashCommand({ text: "who Kalin", responseUrl, channel, user: `U${100 + i}` })).toString();
      try {
        const response = await postSigned(url, body, "form");
        outcomes.push({ channel, responseUrl, status: response.status, ack: await response.text() });
      } catch {
        // why: after the stop the port is closed; Slack then tells the user the command failed, which is true.
        outcomes.push({ channel, responseUrl, status: "refused", ack: "" });
      }
      // why: the signal goes out at an observable point (K commands acknowledged), not after a sleep.
      if (outcomes.length === SIGTERM_AFTER_ACKS) running.child.kill("SIGTERM");
    }
    const code = await running.exited;
    const err = running.err();

    expect(code).toBe(0);
    expect(err).not.toMatch(/connection is not open/i);
    expect(err).not.toContain("xoxb-fake-token");
    expect(err).not.toContain(SIGNING_SECRET);

    // Every command was acknowledged with nothing (answer to follow), told the bot is restarting, or refused at the door.
    for (const outcome of outcomes) {
      if (outcome.status === "refused") continue;
      expect(outcome.status).toBe(200);
      if (outcome.ack !== "") expect(JSON.parse(outcome.ack)).toEqual({ response_type: "ephemeral", text: NOTICES.restarting });
    }
    const acked = outcomes.filter((outcome) => outcome.status === 200 && outcome.ack === "");
    expect(acked.length).toBeGreaterThanOrEqual(SIGTERM_AFTER_ACKS);

    // Nothing false: no "Slack didn't accept" (or any other failure) message for anyone; the only private
    // messages are the restart notices.
    const privateTexts = [...slack.calls("response_url"), ...slack.calls("chat.postEphemeral")].map((call) => String(call.body.text));
    for (const text of privateTexts) expect([NOTICES.droppedAtRestart, NOTICES.cutAtRestart]).toContain(text);
    expect(slack.requests.map((r) => JSON.stringify(r.body)).join("\n")).not.toMatch(/didn't accept|went wrong/);

    // Each acknowledged command got exactly one outcome: its answer in the channel, or a notice at its own response_url.
    const posts = slack.accepted("chat.postMessage");
    for (const channel of CHANNELS) {
      const answered = posts.filter((post) => post.body.channel === channel).length;
      const notified = acked.filter((o) => o.channel === channel && slack.calls("response_url").some((c) => c.path === pathOf(o))).length;
      expect(answered + notified).toBe(acked.filter((o) => o.channel === channel).length);
    }
    for (const outcome of acked)
      expect(slack.calls("response_url").filter((c) => c.path === pathOf(outcome)).length).toBeLessThanOrEqual(1);
    expect(posts.length).toBeGreaterThan(0);

    // The store was closed whole: no -wal left to replay, and it passes the integrity check.
    const store = join(dataDir ?? "", "brief.db");
    expect(existsSync(`${store}-wal`) ? statSync(`${store}-wal`).size : 0).toBe(0);
    const db = new BetterSqlite3(store, { readonly: true, fileMustExist: true });
    try {
      expect(integrityProblem(db)).toBeNull();
    } finally {
      db.close();
    }
  }, 300_000);

  it("exits at once on a second signal while an answer is still on the wire", async () => {
    fake = await createFakeSlack();
    const slack = fake;
    slack.fail("chat.postMessage", { hang: true }, 1);
    const { running, port } = await serveAgainst(slack);
    const body = new URLSearchParams(slashCommand({ text: "who Kalin", responseUrl: slack.responseUrl() })).toString();
    expect((await postSigned(`http://127.0.0.1:${port}/slack/events`, body, "form")).status).toBe(200);
    // The answer's post reached Slack and hangs there: it is in flight.
    await slack.waitFor(() => slack.calls("chat.postMessage").length === 1, 60_000);
    running.child.kill("SIGTERM");
    await running.printed(/stopping: finishing the answers in flight/);
    running.child.kill("SIGTERM");
    expect(await running.exited).toBe(143);
    expect(running.err()).toContain("Second SIGTERM: stopping at once");
  }, 300_000);
});

const pathOf = (outcome: Outcome) => new URL(outcome.responseUrl).pathname;
