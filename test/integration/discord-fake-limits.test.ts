import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.ts";
import { APP_ID } from "../support/fake-discord-fixtures.ts";

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function call(method: string, path: string, body: unknown) {
  const res = await fetch(`${fake?.apiUrl}/v10${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: res.status === 204 ? undefined : ((await res.json()) as { code: number }) };
}

const embed = (size: Partial<Record<"title" | "description" | "fields", number>>) => ({
  ...(size.title ? { title: "t".repeat(size.title) } : {}),
  ...(size.description ? { description: "d".repeat(size.description) } : {}),
  ...(size.fields ? { fields: Array.from({ length: size.fields }, () => ({ name: "n", value: "v" })) } : {}),
});

/** The fake must fail the way Discord does, or the integration tests prove nothing. */
describe("the fake Discord enforces Discord's limits", () => {
  it.each([
    ["content over 2,000", { content: "x".repeat(2_001) }],
    ["more than 10 embeds", { embeds: Array.from({ length: 11 }, () => embed({ title: 1 })) }],
    ["more than 6,000 embed characters", { embeds: [embed({ description: 4_000 }), embed({ description: 2_001 })] }],
    ["more than 25 fields", { embeds: [embed({ fields: 26 })] }],
    ["a description over 4,096", { embeds: [embed({ description: 4_097 })] }],
    ["a title over 256", { embeds: [embed({ title: 257 })] }],
    ["an empty message", { content: "" }],
  ])("refuses %s with 400 Invalid Form Body", async (_what, message) => {
    fake = await startFakeDiscord();
    const res = await call("POST", "/channels/3000000000000000003/messages", message);
    expect(res).toEqual({ status: 400, body: expect.objectContaining({ code: 50035 }) });
    expect(fake.violations).toHaveLength(1);
  });

  it("accepts a message at the limits", async () => {
    fake = await startFakeDiscord();
    const res = await call("POST", "/channels/3000000000000000003/messages", {
      content: "x".repeat(2_000),
      embeds: [embed({ title: 256, description: 4_096, fields: 25 }), ...Array.from({ length: 9 }, () => embed({ title: 1 }))],
    });
    expect(res.status).toBe(200);
  });

  it("refuses more than 25 autocomplete choices and a second callback (40060)", async () => {
    fake = await startFakeDiscord();
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const id = fake.autocomplete("topic", "name", "t");
    const callback = `/interactions/${id}/itoken-${id}/callback`;
    expect((await call("POST", callback, { type: 8, data: { choices } })).body?.code).toBe(50035);
    expect((await call("POST", callback, { type: 8, data: { choices: choices.slice(0, 25) } })).status).toBe(204);
    expect((await call("POST", callback, { type: 8, data: { choices: [] } })).body?.code).toBe(40060);
  });

  it("refuses a callback after the deadline with 10062 Unknown interaction", async () => {
    fake = await startFakeDiscord({ interactionDeadlineMs: 20 });
    const late = fake.command("topics");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await call("POST", `/interactions/${late}/itoken-${late}/callback`, { type: 5 })).body?.code).toBe(10062);
  });

  it("treats the first follow-up after a defer as an edit of the original, ephemeral flag ignored", async () => {
    fake = await startFakeDiscord();
    const id = fake.command("topics");
    await call("POST", `/interactions/${id}/itoken-${id}/callback`, { type: 5 });
    const first = await call("POST", `/webhooks/${APP_ID}/itoken-${id}`, { content: "a", flags: 64 });
    const second = await call("POST", `/webhooks/${APP_ID}/itoken-${id}`, { content: "b", flags: 64 });
    expect((first.body as unknown as { flags: number }).flags).toBe(0);
    expect((second.body as unknown as { flags: number }).flags).toBe(64);
  });
});
