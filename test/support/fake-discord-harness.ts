import { PassThrough } from "node:stream";
import { COMMANDS } from "../../commands/index.ts";
import { createDiscordAdapter } from "../../src/adapters/discord/discord-adapter.ts";
import type { DiscordAdapterOptions, DiscordPayload, DiscordRender } from "../../src/adapters/discord/types.ts";
import type { CommandRequest } from "../../src/dispatch/command.ts";
import type { CommandDispatcher } from "../../src/dispatch/dispatcher.ts";
import { type Invocation, invocationText } from "../../src/dispatch/options.ts";
import { createLogger } from "../../src/log/logger.ts";
import type { Document } from "../../src/render/document.ts";
import { createMemoryThreadRegistry } from "../../src/threads/memory-thread-registry.ts";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.ts";

/** One dispatcher call: a question in a thread (text), or a `/brief` command with its typed options. */
export type DispatchCall = { text: string; request: CommandRequest; invocation?: Invocation };

/** A briefing-shaped Document; `pages` > 1 makes the test renderer split it into that many messages. */
export function briefDoc(summary: string, extra: Partial<Document> = {}): Document {
  return {
    summary,
    blocks: [
      { type: "heading", text: summary },
      { type: "paragraph", text: `About ${summary}. @everyone` },
    ],
    ...extra,
  };
}

/** Embeds, one message per heading: enough rendering to see what reaches Discord (the real renderer has its own tests). */
export const embedRender: DiscordRender = (doc) => {
  const pages: DiscordPayload[] = [];
  for (const block of doc.blocks) {
    if (block.type === "heading") pages.push({ embeds: [{ title: block.text }] });
    else if ("text" in block) {
      if (pages.length === 0) pages.push({ embeds: [{}] });
      const embed = pages.at(-1)?.embeds?.[0] as { description?: string };
      embed.description = [embed.description, block.text].filter(Boolean).join("\n");
    }
  }
  return pages.length > 0 ? pages : [{ content: doc.summary }];
};

/**
 * The real adapter (real discord.js client) against the fake Discord. Every dispatcher call is recorded;
 * it is answered by `options.dispatcher` when given, else by the stub `answer(text)` (for a command: the
 * text it reads as, `who "burns bridges"`).
 */
export async function startDiscordHarness(
  options: Partial<DiscordAdapterOptions> & {
    answer?: (text: string, request: CommandRequest) => Document;
    fake?: Parameters<typeof startFakeDiscord>[0];
  } = {},
) {
  const fake: FakeDiscord = await startFakeDiscord(options.fake);
  const calls: DispatchCall[] = [];
  const logText: string[] = [];
  const out = new PassThrough();
  out.on("data", (chunk) => logText.push(String(chunk)));
  const answer = options.answer ?? ((text: string) => briefDoc(`Answer to ${text}`));
  const commands = options.dispatcher?.commands ?? COMMANDS;
  const dispatcher: CommandDispatcher = {
    commands,
    handle: async (text, request) => {
      calls.push({ text, request });
      return options.dispatcher ? options.dispatcher.handle(text, request) : answer(text, request);
    },
    invoke: async (invocation, request) => {
      const command = commands.find((candidate) => candidate.name === invocation.command);
      const text = command ? invocationText(command, invocation.options) : invocation.command;
      calls.push({ text, request, invocation });
      return options.dispatcher ? options.dispatcher.invoke(invocation, request) : answer(text, request);
    },
  };
  const threads = options.threads ?? createMemoryThreadRegistry();
  const makeAdapter = () =>
    createDiscordAdapter({
      token: "fake.bot.token",
      apiUrl: fake.apiUrl,
      messageContentIntent: true,
      threadMode: "always",
      autocomplete: () => [],
      render: embedRender,
      log: createLogger({ level: "debug", out }),
      ...options,
      threads,
      dispatcher,
    });
  let adapter = makeAdapter();
  try {
    await adapter.start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    calls,
    threads,
    log: () => logText.join(""),
    /** Stops the bot (answers in flight finish first); the fake keeps running. */
    stopBot: () => adapter.stop(),
    /** Stops the bot and starts a new one on the same thread registry, as a process restart would. */
    async restart() {
      await adapter.stop();
      adapter = makeAdapter();
      await adapter.start();
    },
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

export type DiscordHarness = Awaited<ReturnType<typeof startDiscordHarness>>;
