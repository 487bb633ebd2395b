import { afterEach, describe, expect, it } from "vitest";
import { createFakeSlack, type FakeSlack } from "../support/fake-slack.ts";

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const section = (length: number) => ({ type: "section", text: { type: "mrkdwn", text: "x".repeat(length) } });

async function post(f: FakeSlack, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const form = new URLSearchParams(
    Object.entries(body).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)] as [string, string]),
  );
  const response = await fetch(`${f.apiUrl}chat.postMessage`, { method: "POST", body: form, headers: { authorization: "Bearer xoxb-x" } });
  return (await response.json()) as Record<string, unknown>;
}

describe("the fake Slack enforces Slack's message limits", () => {
  it.each([
    ["51 blocks", { text: "t", blocks: Array.from({ length: 51 }, () => section(10)) }, "invalid_blocks"],
    ["a section over 3000 characters", { text: "t", blocks: [section(3001)] }, "invalid_blocks"],
    ["an empty section", { text: "t", blocks: [section(0)] }, "invalid_blocks"],
    [
      "a header over 150 characters",
      { text: "t", blocks: [{ type: "header", text: { type: "plain_text", text: "h".repeat(151) } }] },
      "invalid_blocks",
    ],
    ["a mrkdwn header", { text: "t", blocks: [{ type: "header", text: { type: "mrkdwn", text: "h" } }] }, "invalid_blocks"],
    [
      "a context of 11 elements",
      { text: "t", blocks: [{ type: "context", elements: Array.from({ length: 11 }, () => ({ type: "mrkdwn", text: "c" })) }] },
      "invalid_blocks",
    ],
    ["text over 40,000 characters", { text: "t".repeat(40_001) }, "msg_too_long"],
    ["no text and no blocks", {}, "no_text"],
  ])("refuses %s", async (_name, body, error) => {
    fake = await createFakeSlack();
    expect(await post(fake, { channel: "C1", ...body })).toMatchObject({ ok: false, error });
  });

  it("accepts a message at the limits", async () => {
    fake = await createFakeSlack();
    const blocks = [
      { type: "header", text: { type: "plain_text", text: "h".repeat(150) } },
      ...Array.from({ length: 49 }, () => section(3000)),
    ];
    expect(await post(fake, { channel: "C1", text: "t".repeat(40_000), blocks })).toMatchObject({ ok: true });
  });

  it("answers a response_url five times, then 404 used_url", async () => {
    fake = await createFakeSlack();
    const url = fake.responseUrl();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(url, {
        method: "POST",
        body: JSON.stringify({ text: `post ${i}` }),
        headers: { "content-type": "application/json" },
      });
      statuses.push(response.status);
      if (i === 5) expect(await response.text()).toBe("used_url");
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
  });

  it("plays scripted faults in order, then answers normally", async () => {
    fake = await createFakeSlack();
    fake.fail("chat.postMessage", { status: 429, retryAfter: 1 });
    fake.fail("chat.postMessage", { status: 500 });
    fake.fail("chat.postMessage", { error: "channel_not_found" });
    const statuses: Array<[number, string | null, unknown]> = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${fake.apiUrl}chat.postMessage`, {
        method: "POST",
        body: new URLSearchParams({ channel: "C1", text: "t" }),
      });
      statuses.push([response.status, response.headers.get("retry-after"), ((await response.json()) as { error?: string }).error]);
    }
    expect(statuses).toEqual([
      [429, "1", "ratelimited"],
      [500, null, "internal_error"],
      [200, null, "channel_not_found"],
      [200, null, undefined],
    ]);
  });
});
