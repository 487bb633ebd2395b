import { existsSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { COMMANDS } from "../../../commands/index.ts";
import { createStoreAutocomplete } from "../../../src/discord-commands/autocomplete.ts";
import { buildBriefCommand } from "../../../src/discord-commands/command-definition.ts";
import { type CommandRequest, defineCommand, flagArg, stringArg, usageOf } from "../../../src/dispatch/command.ts";
import { createDispatcher } from "../../../src/dispatch/dispatcher.ts";
import { checkOptions, type OptionValues } from "../../../src/dispatch/options.ts";
import { textInput } from "../../../src/dispatch/parse-text.ts";
import { createLogger } from "../../../src/log/logger.ts";
import { renderText } from "../../../src/render/text.ts";
import { ROOT, sourceFiles } from "../../support/source-tree.ts";
import { FIXTURES, fixtureEngine } from "../render/compose/fixtures.ts";

const TOPICS = [{ slug: FIXTURES.brief.topic.slug, title: "T", description: "d", keywords: ["k"], minMatches: 1 }];
const request: CommandRequest = { platform: "discord", channelId: "C1", userId: "U1" };
const quiet = () => createLogger({ level: "silent", out: new PassThrough() });
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const dispatcher = (query = fixtureEngine()) => createDispatcher({ commands: COMMANDS, deps: { topics: TOPICS, query }, log: quiet() });

describe("one definition per command: Discord, help, the text parser and autocomplete read the same list", () => {
  const body = buildBriefCommand(COMMANDS);
  const subcommands = (body.options ?? []) as { name: string; options?: { name: string; type: number; autocomplete?: boolean }[] }[];

  it("Discord's subcommands are the registry's commands, each option one of the command's arguments", () => {
    expect(subcommands.map((sub) => sub.name)).toEqual(COMMANDS.map((command) => command.name));
    for (const command of COMMANDS) {
      const options = subcommands.find((sub) => sub.name === command.name)?.options ?? [];
      expect(options.map((option) => option.name).sort()).toEqual(Object.keys(command.args).sort());
      for (const option of options) {
        const arg = command.args[option.name];
        expect(option.type).toBe(arg?.type === "boolean" ? 5 : 3);
        expect(Boolean(option.autocomplete)).toBe(arg?.type === "string" && arg.autocomplete !== undefined);
      }
    }
  });

  it("help lists every command of the same list, with its usage", async () => {
    const shown = renderText(await dispatcher().handle("/brief help", request));
    for (const command of COMMANDS) expect(shown).toContain(command.usage);
  });

  it("each usage line is derived from the arguments: none is written by hand, and it names every argument", () => {
    const handWritten = sourceFiles("commands")
      .filter((file) => /^\s*usage:|\bUSAGE\b/m.test(file.text))
      .map((file) => file.path);
    expect(handWritten).toEqual([]);
    for (const command of COMMANDS) {
      expect(command.usage).toBe(usageOf(command));
      expect(command.usage.startsWith(command.fallback === "bare-words" ? "/brief " : `/brief ${command.name}`)).toBe(true);
      for (const [key, arg] of Object.entries(command.args)) {
        const shown = arg.type === "boolean" ? arg.flag : (arg.placeholder ?? key);
        const bracket = arg.type === "string" && arg.required ? "<" : "[";
        expect(command.usage, `${command.name}'s usage shows ${key}`).toMatch(new RegExp(`\\${bracket}[^\\]>]*${literal(shown)}`));
      }
    }
  });

  it("a new argument reaches the usage line without anyone writing it", () => {
    const plain = COMMANDS.find((command) => command.name === "unfollow");
    if (!plain) throw new Error("no unfollow command");
    const grown = defineCommand({
      ...plain,
      args: {
        ...plain.args,
        reason: stringArg(z.string().optional(), { description: "d", required: false, maxLength: 9, text: "rest" }),
        all: flagArg("--all", "d"),
      },
      run: () => ({ summary: "", blocks: [] }),
    });
    expect(grown.usage).toBe("/brief unfollow <id> [reason] [--all]");
  });

  it("the text parser reads exactly the arguments the definition declares", () => {
    for (const command of COMMANDS) {
      const words = command.textPrefix ? [...command.textPrefix] : [];
      const input = textInput(command, words);
      for (const key of Object.keys(input)) expect(Object.keys(command.args)).toContain(key);
    }
  });

  it("autocomplete answers exactly the options Discord marks as autocompleted", async () => {
    const autocomplete = createStoreAutocomplete({ commands: COMMANDS, topics: TOPICS, speakers: () => [{ name: "A Person", quotes: 2 }] });
    for (const sub of subcommands) {
      for (const option of sub.options ?? []) {
        const choices = await autocomplete(sub.name, option.name, "");
        expect(choices.length > 0).toBe(Boolean(option.autocomplete));
      }
    }
  });

  it("each way of reaching a command without its name (empty line, question, bare words) belongs to exactly one command", () => {
    for (const fallback of ["empty-line", "question", "bare-words"]) {
      expect(COMMANDS.filter((command) => command.fallback === fallback)).toHaveLength(1);
    }
  });

  it("the second, hand-kept list of Discord subcommands and the text round trip are gone", () => {
    expect(existsSync(join(ROOT, "src/discord-commands/subcommands.ts"))).toBe(false);
    expect(existsSync(join(ROOT, "commands/lib"))).toBe(false);
    const mentions = [...sourceFiles("src"), ...sourceFiles("commands")]
      .filter((file) => /\b(SUBCOMMANDS|toCommandText|quoteArgument)\b/.test(file.text))
      .map((file) => file.path);
    expect(mentions).toEqual([]);
  });
});

describe("typed options map onto the arguments directly", () => {
  it.each<[string, OptionValues, string]>([
    ["topic", { name: FIXTURES.brief.topic.slug }, `/brief ${FIXTURES.brief.topic.slug}`],
    ["topic", { name: FIXTURES.brief.topic.slug, all: true }, `/brief ${FIXTURES.brief.topic.slug} --all`],
    ["who", { speaker: "Kalin", all: true }, "/brief who Kalin --all"],
    ["on", { date: "24 March 2022" }, "/brief on 24 March 2022"],
    ["entity", { name: "Ibrahim Kalin" }, '/brief entity "Ibrahim Kalin"'],
    ["sources", { all: true }, "/brief sources --all"],
    ["help", { command: "who" }, "/brief help who"],
  ])("/brief %s %j answers as the text form %j does", async (command, options, text) => {
    const typed = await dispatcher().invoke({ command, options }, request);
    const typedText = await dispatcher().handle(text, request);
    expect(typed).toEqual(typedText);
  });

  it("a phrase typed in Discord with straight quotes reaches the query exactly (\"\" is no longer turned into '')", async () => {
    const query = fixtureEngine();
    await dispatcher(query).invoke({ command: "who", options: { speaker: 'the "iron" rule' } }, request);
    expect(query.asked).toEqual(['whoSaid the "iron" rule']);
  });

  it("a bad value is refused by the same schema as in text, with the same usage hint", async () => {
    const typed = renderText(await dispatcher().invoke({ command: "on", options: { date: "March 32" } }, request));
    const typedText = renderText(await dispatcher().handle("/brief on March 32", request));
    expect(typed).toBe(typedText);
    expect(typed).toContain("usage: /brief on <date> [--all]");
  });

  it("options are checked before anything is answered: required, length, whitespace", () => {
    const who = COMMANDS.find((command) => command.name === "who");
    if (!who) throw new Error("no who command");
    const read = (values: Record<string, string | boolean>) => checkOptions(who, (name) => values[name]);
    expect(read({})).toEqual({ ok: false, problem: "/brief who speaker is required." });
    expect(read({ speaker: "x".repeat(101) })).toEqual({ ok: false, problem: "/brief who speaker is too long (at most 100 characters)." });
    expect(read({ speaker: "  Ibrahim \n Kalin ", all: true })).toEqual({ ok: true, options: { speaker: "Ibrahim Kalin", all: true } });
  });

  it("an unknown subcommand (a stale registration) is told so", async () => {
    expect(renderText(await dispatcher().invoke({ command: "frobnicate", options: {} }, request))).toContain(
      'I don\'t know the command "frobnicate"',
    );
  });
});
