import { afterEach, describe, expect, it } from "vitest";
import { errorDocument } from "../../src/render/document.ts";
import { CHANNEL_ID, USER_ID } from "../support/fake-discord-fixtures.ts";
import { briefDoc, type DiscordHarness, startDiscordHarness } from "../support/fake-discord-harness.ts";

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const isCallback = (path: string) => path.endsWith("/callback");
const isOriginal = (path: string) => /\/messages\/(?:@|%40)original$/.test(path);
const isFollowUp = (path: string) => /\/webhooks\/\d+\/[^/]+$/.test(path);

describe("Discord /brief commands (real discord.js against a fake Discord)", () => {
  it("defers /brief topic at once, then edits the reply with embeds and opens a thread on it", async () => {
    harness = await startDiscordHarness();
    const { fake } = harness;
    expect(fake.gateway.received.find((frame) => frame.op === 2)).toBeDefined();

    const id = fake.command("topic", [{ name: "name", value: "turkey-mediation" }]);
    await fake.waitFor(() => fake.requests.some((r) => r.path.endsWith("/threads")), "the thread");

    const sent = fake.forInteraction(id);
    expect(sent.map((r) => `${r.method} ${isCallback(r.path) ? "callback" : isOriginal(r.path) ? "@original" : r.path}`)).toEqual([
      "POST callback",
      "PATCH @original",
    ]);
    expect(sent[0]?.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = sent[1]?.body as { embeds: { title: string; description: string }[]; allowed_mentions: unknown };
    expect(edit.embeds[0]?.title).toBe("Answer to topic turkey-mediation");
    expect(edit.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(harness.calls).toEqual([
      {
        text: "topic turkey-mediation",
        invocation: { command: "topic", options: { name: "turkey-mediation" } },
        request: { platform: "discord", channelId: CHANNEL_ID, userId: USER_ID },
      },
    ]);

    const thread = fake.requests.find((r) => r.path.endsWith("/threads"));
    expect(thread?.body).toMatchObject({ name: "Answer to topic turkey-mediation", auto_archive_duration: 1440 });
    const threadId = thread?.path.split("/")[6] ?? "";
    // why: the memory registry answers synchronously, so it can be polled.
    await fake.waitFor(() => harness?.threads.isBotThread("discord", CHANNEL_ID, threadId) === true, "the thread to be marked");
    expect(fake.violations).toEqual([]);
  });

  it.each([
    ["who", [{ name: "speaker", value: "burns bridges" }], { speaker: "burns bridges" }],
    ["who", [{ name: "speaker", value: "Kalin" }], { speaker: "Kalin" }],
    ["who", [{ name: "speaker", value: 'the "iron" rule' }], { speaker: 'the "iron" rule' }],
    [
      "who",
      [
        { name: "speaker", value: "Kalin" },
        { name: "all", value: true },
      ],
      { speaker: "Kalin", all: true },
    ],
    ["on", [{ name: "date", value: "24  March 2022 " }], { date: "24 March 2022" }],
    ["ask", [{ name: "question", value: 'who said "burns bridges"?' }], { question: 'who said "burns bridges"?' }],
    ["entity", [{ name: "name", value: "Ibrahim Kalin" }], { name: "Ibrahim Kalin" }],
    ["topics", [], {}],
    ["sources", [], {}],
    [
      "subscribe",
      [
        { name: "topic", value: "energy-prices" },
        { name: "at", value: "07:30" },
        { name: "timezone", value: "Europe/Istanbul" },
      ],
      { topic: "energy-prices", at: "07:30", timezone: "Europe/Istanbul" },
    ],
    ["subscribe", [{ name: "topic", value: "energy-prices" }], { topic: "energy-prices" }],
    ["unsubscribe", [{ name: "topic", value: "energy-prices" }], { topic: "energy-prices" }],
    ["subscriptions", [], {}],
    ["digest", [], {}],
  ])("maps /brief %s's typed options onto the command's arguments, never through text", async (subcommand, options, expected) => {
    harness = await startDiscordHarness();
    const { fake } = harness;
    const id = fake.command(subcommand, options);
    await fake.waitFor(() => fake.forInteraction(id).some((r) => isOriginal(r.path)), "the answer");
    expect(harness.calls.map((call) => call.invocation)).toEqual([{ command: subcommand, options: expected }]);
  });

  it("defers help ephemerally and answers it privately", async () => {
    harness = await startDiscordHarness({ answer: () => ({ ...briefDoc("Briefbot help"), ephemeral: true }) });
    const { fake } = harness;
    const id = fake.command("help", [{ name: "command", value: "who" }]);
    await fake.waitFor(() => fake.forInteraction(id).some((r) => isOriginal(r.path)), "the answer");
    expect(fake.forInteraction(id)[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(harness.calls[0]?.invocation).toEqual({ command: "help", options: { command: "who" } });
    expect(fake.requests.some((r) => r.path.endsWith("/threads"))).toBe(false);
  });

  it("turns an error after a public defer into a private follow-up and removes the public placeholder", async () => {
    harness = await startDiscordHarness({ answer: () => errorDocument('I know no topic "nope".', "Try /brief topics") });
    const { fake } = harness;
    const id = fake.command("topic", [{ name: "name", value: "nope" }]);
    await fake.waitFor(() => fake.forInteraction(id).some((r) => r.method === "DELETE"), "the placeholder deletion");
    const sent = fake.forInteraction(id);
    expect(sent.map((r) => r.method)).toEqual(["POST", "PATCH", "POST", "DELETE"]);
    expect(sent[2]?.body).toMatchObject({ flags: 64 });
    expect(isFollowUp(sent[2]?.path ?? "")).toBe(true);
    expect(fake.requests.some((r) => r.path.endsWith("/threads"))).toBe(false);
  });

  it("sends a long answer as the edited reply plus follow-ups, in order", async () => {
    const doc = {
      summary: "Long",
      blocks: [1, 2, 3].flatMap((n) => [
        { type: "heading" as const, text: `Part ${n}` },
        { type: "paragraph" as const, text: "x".repeat(3_000) },
      ]),
    };
    harness = await startDiscordHarness({ answer: () => doc });
    const { fake } = harness;
    const id = fake.command("topic", [{ name: "name", value: "long" }]);
    await fake.waitFor(() => fake.forInteraction(id).filter((r) => isFollowUp(r.path)).length === 2, "two follow-ups");
    const titles = fake
      .forInteraction(id)
      .filter((r) => r.method !== "POST" || !isCallback(r.path))
      .map((r) => (r.body as { embeds: { title: string }[] }).embeds[0]?.title);
    expect(titles).toEqual(["Part 1", "Part 2", "Part 3"]);
    expect(fake.violations).toEqual([]);
  });

  it("answers autocomplete with at most 25 choices, however many the source offers", async () => {
    const seen: string[] = [];
    harness = await startDiscordHarness({
      autocomplete: (subcommand, option, partial) => {
        seen.push(`${subcommand}/${option}/${partial}`);
        return Array.from({ length: 40 }, (_, i) => ({ name: `Topic ${i}`, value: `topic-${i}` }));
      },
    });
    const { fake } = harness;
    const id = fake.autocomplete("topic", "name", "tur");
    await fake.waitFor(() => fake.forInteraction(id).length === 1, "the autocomplete answer");
    const answer = fake.forInteraction(id)[0];
    expect(answer?.status).toBe(204);
    const { type, data } = (answer?.body ?? {}) as { type: number; data: { choices: unknown[] } };
    expect(type).toBe(8);
    expect(data.choices).toHaveLength(25);
    expect(data.choices[0]).toEqual({ name: "Topic 0", value: "topic-0" });
    expect(seen).toEqual(["topic/name/tur"]);
    expect(harness.calls).toEqual([]);
  });

  it("refuses an over-long option value before it reaches the dispatcher", async () => {
    harness = await startDiscordHarness();
    const { fake } = harness;
    const id = fake.command("topic", [{ name: "name", value: "t".repeat(150) }]);
    await fake.waitFor(() => fake.forInteraction(id).some((r) => isOriginal(r.path)), "the answer");
    expect(fake.forInteraction(id)[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(JSON.stringify(fake.forInteraction(id)[1]?.body)).toContain("too long");
    expect(harness.calls).toEqual([]);
  });
});
