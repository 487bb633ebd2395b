import { spawn } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackDigestClient } from "../../src/adapters/slack/digest-client.ts";
import { createSlackDigestSender } from "../../src/digest/senders/slack-sender.ts";
import { renderSlack } from "../../src/render/slack/render-slack.ts";
import { finished, REPO_ROOT } from "../support/brief-child.ts";
import { createFakeSlack, type FakeSlack } from "../support/fake-slack.ts";
import { createStoreFile, digestConfig, ingestSeeds, runnerFor } from "../unit/digest/support/digest-world.ts";
import { createManualClock } from "../unit/digest/support/manual-clock.ts";

const SLOT_TIME = "2024-03-01T04:30:00Z";
const CHILD = fileURLToPath(new URL("../support/digest-slot-process.ts", import.meta.url));
const RUN_TS = fileURLToPath(new URL("../../bin/run-ts.js", import.meta.url));

let closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

/**
 * A gate in front of the fake Slack for the sender that will be killed: `chat.postMessage` is held there for good,
 * after being passed on to the fake (the post reached Slack; the answer never came back) or not at all (it never
 * reached Slack). Every other call passes through.
 */
async function holdingGate(fake: FakeSlack, forwardPost: boolean): Promise<{ url: string; held: () => number; server: Server }> {
  let held = 0;
  const target = new URL(fake.apiUrl);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const isPost = (req.url ?? "").endsWith("/chat.postMessage");
      const pass = !isPost || forwardPost;
      const onDone = (status: number, body: Buffer) => {
        if (isPost) {
          held += 1; // the answer is never sent: the sender waits until it is killed
          return;
        }
        res.writeHead(status, { "content-type": "application/json" }).end(body);
      };
      if (!pass) return onDone(0, Buffer.alloc(0));
      const forward = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: `${target.pathname.replace(/\/$/, "")}${(req.url ?? "").replace(/^\/api/, "")}`,
          headers: req.headers,
        },
        (answer) => {
          const body: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => body.push(chunk));
          answer.on("end", () => onDone(answer.statusCode ?? 500, Buffer.concat(body)));
        },
      );
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  closers.push(() => server.closeAllConnections());
  return { url: `http://127.0.0.1:${port}/api/`, held: () => held, server };
}

describe("kill -9 during a digest send (a real process, the real Slack sender, a fake Slack)", () => {
  it.each([
    { reached: true, status: "reconciled" },
    { reached: false, status: "sent" },
  ])(
    "the claim left mid-send is reconciled on restart: one post in the channel (post reached Slack: $reached)",
    async ({ reached, status }) => {
      const clock = createManualClock("2024-03-01T03:00:00Z");
      const file = createStoreFile(clock);
      closers.push(file.cleanup);
      const seeding = file.open();
      await ingestSeeds(seeding);
      seeding.close();
      // why: Slack stamps a post with the time it arrives, which is at or after the slot it is for
      clock.set(SLOT_TIME);
      const fake = await createFakeSlack({ now: () => clock.now() });
      closers.push(() => fake.close());
      const gate = await holdingGate(fake, reached);

      const child = spawn(process.execPath, [RUN_TS, CHILD, file.path, gate.url, SLOT_TIME], { cwd: REPO_ROOT });
      const exit = finished(child);
      // why: the kill lands when the post is in flight, seen at the gate, and the slot is claimed in the store
      await fake.waitFor(() => gate.held() > 0, 180_000);
      const watcher = file.open();
      expect(watcher.lastDelivery("morning", "slack:C1")?.status).toBe("sending");
      child.kill("SIGKILL");
      expect((await exit).signal).toBe("SIGKILL");
      expect(fake.accepted("chat.postMessage")).toHaveLength(reached ? 1 : 0);

      // A new process on the same file once the claim's lease has run out, now reaching Slack directly.
      clock.advance(11 * 60_000);
      const sender = createSlackDigestSender({
        client: createSlackDigestClient({ botToken: "xoxb-fake-token", apiUrl: fake.apiUrl }),
        render: renderSlack,
      });
      const restarted = runnerFor(file.open(), clock, [digestConfig()], { slack: sender });
      const results = await restarted.tick(clock.now());
      expect(results[0]?.outcome.status).toBe(status);
      await restarted.tick(clock.now());
      const roots = fake.accepted("chat.postMessage").filter((call) => call.body.thread_ts === undefined);
      expect(roots).toHaveLength(1);
      expect(watcher.lastDelivery("morning", "slack:C1")).toMatchObject({ status: "sent", messageId: roots[0]?.reply.ts });
    },
    300_000,
  );
});
