import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.ts";
import { createDispatcher } from "../../src/dispatch/dispatcher.ts";
import { createLogger } from "../../src/log/logger.ts";
import { createQueryEngine } from "../../src/query/create-query-engine.ts";
import { renderDiscord } from "../../src/render/discord/render-discord.ts";
import type { FactStore } from "../../src/store/fact-store.ts";
import { createSqliteStore } from "../../src/store/sqlite-store.ts";
import { ingestSeedFixtures, TOPICS } from "../fixtures/facts/seed-store.ts";
import { type DiscordHarness, startDiscordHarness } from "../support/fake-discord-harness.ts";

let harness: DiscordHarness | undefined;
let store: FactStore | undefined;
afterEach(async () => {
  await harness?.close();
  store?.close();
  harness = undefined;
  store = undefined;
});

const isOriginal = (path: string) => /\/messages\/(?:@|%40)original$/.test(path);
type Edit = { embeds: { title?: string; description?: string; footer?: { text: string } }[] };

/**
 * The real dispatcher, commands, query engine (seed store) and Discord renderer behind the real discord.js client.
 * `asked` records what the engine's who-said question received.
 */
async function startReal(asked: string[] = []): Promise<DiscordHarness> {
  store = createSqliteStore({ path: ":memory:" });
  await ingestSeedFixtures(store);
  const log = createLogger({ level: "silent", out: new PassThrough() });
  const engine = createQueryEngine(store, TOPICS);
  const query = {
    ...engine,
    whoSaid: (text: string) => {
      asked.push(text);
      return engine.whoSaid(text);
    },
  };
  const dispatcher = createDispatcher({ commands: COMMANDS, deps: { topics: TOPICS, query }, log });
  return startDiscordHarness({ render: renderDiscord, dispatcher });
}

describe("Discord with the real commands, query engine and renderer", () => {
  it("/brief topic turkey-mediation: a public briefing in embeds within Discord's limits, and a thread on it", async () => {
    harness = await startReal();
    const { fake } = harness;
    const id = fake.command("topic", [{ name: "name", value: "turkey-mediation" }]);
    await fake.waitFor(() => fake.requests.some((r) => r.path.endsWith("/threads")), "the thread");
    const sent = fake.forInteraction(id);
    expect(sent[0]?.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = sent.find((r) => isOriginal(r.path))?.body as unknown as Edit;
    expect(edit.embeds.length).toBeGreaterThan(0);
    expect(JSON.stringify(edit.embeds)).toMatch(/Kalin/);
    expect(fake.violations).toEqual([]);
  });

  it("/brief export turkey-mediation: one public line with the whole brief attached as a Markdown file", async () => {
    harness = await startReal();
    const { fake } = harness;
    const id = fake.command("export", [{ name: "topic", value: "turkey-mediation" }]);
    await fake.waitFor(() => fake.forInteraction(id).some((r) => isOriginal(r.path) && r.status === 200), "the answer");
    const edit = fake.forInteraction(id).find((r) => isOriginal(r.path));
    expect(JSON.stringify(edit?.body)).toMatch(/Export of .*brief-[\w-]+\.md/);
    expect(edit?.files).toHaveLength(1);
    const [file] = edit?.files ?? [];
    expect(file?.name).toMatch(/^brief-[\w-]+\.md$/);
    expect(file?.content).toMatch(/^## /);
    expect(file?.content).toContain("Kalin");
    expect(fake.violations).toEqual([]);
  });

  it("/brief who with a phrase holding straight quotes: the phrase reaches the query engine exactly as typed", async () => {
    const asked: string[] = [];
    harness = await startReal(asked);
    const { fake } = harness;
    const phrase = 'the "talk to them" line';
    const id = fake.command("who", [{ name: "speaker", value: phrase }]);
    await fake.waitFor(() => fake.forInteraction(id).some((r) => isOriginal(r.path)), "the answer");
    expect(asked).toEqual([phrase]);
    expect(fake.violations).toEqual([]);
  });

  it("/brief help: a private answer listing the commands", async () => {
    harness = await startReal();
    const { fake } = harness;
    const id = fake.command("help");
    await fake.waitFor(() => fake.forInteraction(id).some((r) => isOriginal(r.path)), "the answer");
    expect(fake.forInteraction(id)[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = fake.forInteraction(id).find((r) => isOriginal(r.path))?.body as unknown as Edit;
    expect(JSON.stringify(edit.embeds)).toContain("/brief who");
    expect(fake.violations).toEqual([]);
  });
});
