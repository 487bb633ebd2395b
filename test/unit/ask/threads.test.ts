import { rmSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { runConsoleChat } from "../../../src/adapters/console/console-chat.ts";
import { createDispatcher } from "../../../src/dispatch/dispatcher.ts";
import { createLogger } from "../../../src/log/logger.ts";
import { createAsker } from "../../../src/query/ask/asker.ts";
import { createQueryEngine } from "../../../src/query/create-query-engine.ts";
import { renderText } from "../../../src/render/text.ts";
import type { FactStore } from "../../../src/store/fact-store.ts";
import { createSqliteStore } from "../../../src/store/sqlite-store.ts";
import { createStoreThreadRegistry } from "../../../src/threads/store-thread-registry.ts";
import { ingestSeedFixtures, TOPICS } from "../../fixtures/facts/seed-store.ts";
import { makeTempDir } from "../../support/temp-dir.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function fileStore(): Promise<{ path: string; store: FactStore }> {
  const dir = makeTempDir("brief-ask-");
  dirs.push(dir);
  const path = join(dir, "facts.db");
  const store = createSqliteStore({ path });
  await ingestSeedFixtures(store);
  return { path, store };
}

const KEY = { platform: "slack" as const, channel: "C1", threadId: "1700000000.000100" };

describe("the persistent thread registry", () => {
  it("records a command's answer as a thread root with the people it named", async () => {
    const { store } = await fileStore();
    const registry = createStoreThreadRegistry({ store, topics: TOPICS });
    expect(await registry.isBotThread("slack", "C1", KEY.threadId)).toBe(false);
    await registry.markBotThread("slack", "C1", KEY.threadId, { command: "/brief who Kalin", summary: "What Ibrahim Kalin said" });
    expect(await registry.isBotThread("slack", "C1", KEY.threadId)).toBe(true);
    const thread = store.getThread(KEY);
    expect(thread?.entities).toContain("person:i.k_l_n");
    expect(thread?.factIds.length).toBeGreaterThan(0);
    expect(thread?.turns.map((turn) => turn.author)).toEqual(["user", "bot"]);
    store.close();
  });

  it("records a topic brief's topic, and keeps one pair of root turns when marked twice", async () => {
    const { store } = await fileStore();
    const registry = createStoreThreadRegistry({ store, topics: TOPICS });
    const slug = TOPICS[0]?.slug ?? "";
    await registry.markBotThread("discord", "D1", "T1", { command: `/brief ${slug}`, summary: "brief" });
    await registry.markBotThread("discord", "D1", "T1", { command: `/brief ${slug}`, summary: "brief" });
    const thread = store.getThread({ platform: "discord", channel: "D1", threadId: "T1" });
    expect(thread?.topic).toBe(slug);
    expect(thread?.turns).toHaveLength(2);
    store.close();
  });

  it("uses the context a caller passes instead of deriving it", async () => {
    const { store } = await fileStore();
    const registry = createStoreThreadRegistry({ store, topics: TOPICS });
    await registry.markBotThread("slack", "C1", "x", {
      command: "/brief who nobody",
      summary: "s",
      topic: null,
      entities: ["person:s.ulg_n"],
      factIds: ["q1"],
    });
    expect(store.getThread({ platform: "slack", channel: "C1", threadId: "x" })?.entities).toEqual(["person:s.ulg_n"]);
    store.close();
  });

  it("claims an event once", async () => {
    const { store } = await fileStore();
    const registry = createStoreThreadRegistry({ store, topics: TOPICS, maxEvents: 2 });
    expect(await registry.claimEvent("slack", "e1")).toBe(true);
    expect(await registry.claimEvent("slack", "e1")).toBe(false);
    expect(await registry.claimEvent("discord", "e1")).toBe(true);
    store.close();
  });

  it("keeps a thread's context across a restart", async () => {
    const { path, store } = await fileStore();
    await createStoreThreadRegistry({ store, topics: TOPICS }).markBotThread("slack", "C1", KEY.threadId, {
      command: "/brief who Ulgen",
      summary: "s",
    });
    await createAsker({ store }).answer("what did he say about sanctions?", KEY);
    store.close();
    const reopened = createSqliteStore({ path });
    const answer = await createAsker({ store: reopened }).answer("what else did he say?", KEY);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain("Ulgen");
    expect(answer.answer).not.toContain("jeopardized");
    expect(reopened.getThread(KEY)?.turns).toHaveLength(6);
    reopened.close();
  });

  it("lets a new name in the question win over the thread", async () => {
    const { store } = await fileStore();
    await createStoreThreadRegistry({ store, topics: TOPICS }).markBotThread("slack", "C1", KEY.threadId, {
      command: "/brief who Putin",
      summary: "s",
    });
    const answer = await createAsker({ store }).answer("what did Ulgen say about sanctions?", KEY);
    expect(answer.answer).toContain("Ulgen");
    store.close();
  });
});

describe("asking in chat", () => {
  async function chat(store: FactStore, lines: string[]): Promise<string> {
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk) => {
      text += String(chunk);
    });
    const deps = { topics: TOPICS, query: createQueryEngine(store, TOPICS), ask: createAsker({ store }) };
    const dispatcher = createDispatcher({ commands: COMMANDS, deps, log: createLogger({ level: "silent", out: new PassThrough() }) });
    const threads = createStoreThreadRegistry({ store, topics: TOPICS });
    await runConsoleChat({
      dispatcher,
      input: Readable.from([`${lines.join("\n")}\n`]),
      output,
      render: (doc) => renderText(doc),
      interactive: false,
      threads,
    });
    return text;
  }

  it("answers a plain question and a pronoun follow-up under a /brief command in the terminal", async () => {
    const { store } = await fileStore();
    const text = await chat(store, ["/brief ask who is Sinan Ulgen?", "what did he say about sanctions?"]);
    expect(text).toContain("director");
    expect(text).toContain("jeopardized");
    store.close();
  });

  it("answers /brief ask with the honest refusal and the nearest facts", async () => {
    const { store } = await fileStore();
    const text = await chat(store, ["/brief ask what did Kalin say about the moon landing?"]);
    expect(text).toContain("The articles don't say");
    store.close();
  });
});
