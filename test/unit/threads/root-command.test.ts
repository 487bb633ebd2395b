import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAskCaches } from "../../../src/query/ask/ask-caches.ts";
import { deriveThreadRoot, deriveThreadRootOf } from "../../../src/query/ask/thread-root.ts";
import type { RootCommand } from "../../../src/store/conversation-types.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { createStoreThreadRegistry } from "../../../src/threads/store-thread-registry.ts";
import { ingestSeedFixtures, TOPICS } from "../../fixtures/facts/seed-store.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const stores: FactStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function seeded(): Promise<FactStore> {
  const store = createSqliteStore({ path: join(makeTempDir("brief-root-"), "facts.db") });
  stores.push(store);
  await ingestSeedFixtures(store);
  return store;
}

const SLUG = TOPICS[0]?.slug ?? "";
const KEY = { platform: "discord" as const, channel: "D1", threadId: "T1" };

describe("a thread root derived from its command as data", () => {
  it.each<[string, RootCommand]>([
    [`topic ${SLUG}`, { name: "topic", args: { name: SLUG } }],
    ['who "Ibrahim Kalin"', { name: "who", args: { speaker: "Ibrahim Kalin", all: false } }],
    ["entity Kalin", { name: "entity", args: { name: "Kalin" } }],
    ["on 2022-03-24", { name: "on", args: { date: "2022-03-24" } }],
    ["on March 32", { name: "on", args: { date: "March 32" } }],
    ["ask who is Kalin?", { name: "ask", args: { question: "who is Kalin?" } }],
    ["sources --all", { name: "sources", args: { all: true } }],
  ])("%s: the same root the readable line gave (so nothing changes for users)", async (line, command) => {
    const store = await seeded();
    expect(deriveThreadRootOf(store, TOPICS, command, line, createAskCaches(store))).toEqual(
      deriveThreadRoot(store, TOPICS, line, createAskCaches(store)),
    );
  });

  it("is read from the arguments, not the line: a flag after a quoted name no longer hides the person", async () => {
    const store = await seeded();
    const line = 'who "Ibrahim Kalin" --all';
    const root = deriveThreadRootOf(
      store,
      TOPICS,
      { name: "who", args: { speaker: "Ibrahim Kalin", all: true } },
      line,
      createAskCaches(store),
    );
    expect(root.entities).toEqual(["person:i.k_l_n"]);
    // why: the line's reading took `Ibrahim Kalin" --all` for the name and fell back to reading it as a question
    expect(deriveThreadRoot(store, TOPICS, line, createAskCaches(store)).factIds).not.toEqual(root.factIds);
  });

  it("is read from the arguments, not the line: a topic typed in words names its slug", async () => {
    const store = await seeded();
    const words = SLUG.replace(/-/g, " ").toUpperCase();
    const root = deriveThreadRootOf(store, TOPICS, { name: "topic", args: { name: words } }, `topic ${words}`, createAskCaches(store));
    expect(root.topic).toBe(SLUG);
  });

  it("the registry keeps the command with the root and derives the root from it", async () => {
    const store = await seeded();
    const registry = createStoreThreadRegistry({ store, topics: TOPICS });
    const root: RootCommand = { name: "topic", args: { name: SLUG, all: false } };
    // why: a line that reads as something else shows which of the two the root came from
    await registry.markBotThread("discord", KEY.channel, KEY.threadId, { command: "/brief sources", summary: "brief", root });
    const thread = store.getThread(KEY);
    expect(thread?.rootCommand).toEqual(root);
    expect(thread?.topic).toBe(SLUG);
    expect(thread?.turns.map((turn) => turn.text)).toEqual(["/brief sources", "brief"]);

    // marked again without it (a thread opened later): the stored command still decides, and stays
    await registry.markBotThread("discord", KEY.channel, KEY.threadId, { command: "/brief sources", summary: "brief" });
    expect(store.getThread(KEY)?.topic).toBe(SLUG);
    expect(store.getThread(KEY)?.rootCommand).toEqual(root);
  });

  it("a root with no command as data (text platforms, roots stored before) is read from its line, as before", async () => {
    const store = await seeded();
    const registry = createStoreThreadRegistry({ store, topics: TOPICS });
    await registry.markBotThread("slack", "C1", "1.2", { command: "/brief who Kalin", summary: "What he said" });
    const thread = store.getThread({ platform: "slack", channel: "C1", threadId: "1.2" });
    expect(thread?.rootCommand).toBeUndefined();
    expect(thread?.entities).toEqual(deriveThreadRoot(store, TOPICS, "/brief who Kalin", createAskCaches(store)).entities);
    expect(thread?.entities).toContain("person:i.k_l_n");
  });
});
