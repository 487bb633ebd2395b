import { describe, expect, it } from "vitest";
import { z } from "zod";
import { askCommand } from "../../../commands/ask.ts";
import { exportCommand } from "../../../commands/export.ts";
import { onCommand } from "../../../commands/on.ts";
import { topicCommand } from "../../../commands/topic.ts";
import { topicsCommand } from "../../../commands/topics.ts";
import { whoCommand } from "../../../commands/who.ts";
import { chatVerb, freeText, splitVerbArgs } from "../../../src/cli/verb-args.ts";
import type { AnyCommand } from "../../../src/dispatch/command.ts";
import { textInput } from "../../../src/dispatch/parse-text.ts";
import { UsageError } from "../../../src/domain/errors.ts";
import { sourceFiles } from "../../support/source-tree.ts";

const USAGE = "brief x ARGS";

/** The message chat answers a line's words with, or null when chat takes them. */
function chatRefusal(command: AnyCommand, words: readonly string[]): string | null {
  try {
    command.parse(textInput(command, words));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What the command line does with the same words: the message of its usage error, or null. */
function cliRefusal(command: Parameters<typeof chatVerb>[0], words: readonly string[]): string | null {
  try {
    chatVerb(command).read(words, USAGE);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message.endsWith(`\nusage: ${USAGE}`)).toBe(true);
    return message.slice(0, -`\nusage: ${USAGE}`.length);
  }
}

describe("a brief verb that is also a chat command reads its words by the chat command's definition", () => {
  it.each<[string, AnyCommand, string[]]>([
    ["on, a date that does not exist", onCommand, ["March", "32"]],
    ["on, nothing", onCommand, []],
    ["on, an unknown flag", onCommand, ["2022-03-24", "--al"]],
    ["who, nothing", whoCommand, []],
    ["who, too long", whoCommand, ["x".repeat(400)]],
    ["topic, a sentence", topicCommand, "one two three four five six seven eight nine".split(" ")],
    ["topics, a word", topicsCommand, ["extra"]],
    ["export, nothing", exportCommand, ["--json"]],
  ])("%s: refused with the same message as in chat, its advice in command-line words", (_case, command, words) => {
    const chat = chatRefusal(command, words);
    expect(chat).not.toBeNull();
    const inCommandLineWords = chat?.replace(/\/brief (?=<)/g, "brief topic ").replaceAll("/brief", "brief");
    expect(cliRefusal(command as Parameters<typeof chatVerb>[0], words)).toBe(inCommandLineWords);
  });

  it("names commands as the command line types them", () => {
    expect(cliRefusal(topicsCommand as Parameters<typeof chatVerb>[0], ["extra"])).toBe(
      "brief topics takes no arguments. For one topic's briefing: brief topic <topic>.",
    );
  });

  it("takes what chat takes, typed: flags, the rest of the words, a slug in chat's form", () => {
    expect(chatVerb(whoCommand).read(["Ada", "Lovelace", "--all"], USAGE)).toEqual({ speaker: "Ada Lovelace", all: true });
    expect(chatVerb(whoCommand).read(["Lovelace", "—all"], USAGE)).toEqual({ speaker: "Lovelace", all: true });
    expect(chatVerb(topicCommand).read(["Coastal", "Fisheries"], USAGE)).toEqual({ name: "coastal-fisheries", all: false });
    expect(chatVerb(exportCommand).read(["2022-03-24", "--json"], USAGE)).toEqual({ topic: "2022-03-24", json: true });
  });

  it("keeps the quotation marks the shell left in the words, so a quoted phrase stays a phrase", () => {
    expect(chatVerb(whoCommand).read(['"burns bridges"'], USAGE)).toEqual({ speaker: '"burns bridges"', all: false });
    expect(chatVerb(askCommand).read(["who said", '"burns bridges"?'], USAGE)).toEqual({ question: 'who said "burns bridges"?' });
    expect(chatVerb(askCommand).read(["Who is the  director?"], USAGE)).toEqual({ question: "Who is the director?" });
  });

  it("search, which has no chat command, reads free text", () => {
    expect(freeText.read(["grain", "deal"], USAGE)).toBe("grain deal");
  });
});

describe("the command line's own options stay in the command line, checked with zod", () => {
  const schema = z.object({
    json: z.boolean().default(false),
    out: z.string().min(1, "expected a file name").optional(),
  });
  const split = (args: string[], flags: readonly string[] = ["--all"]) =>
    splitVerbArgs(args, { json: "boolean", out: "string" }, flags, schema, USAGE);

  it("takes its options out anywhere in the line and leaves the words, chat's flags among them, in order", () => {
    expect(split(["Ada", "--json", "Lovelace", "--out", "f.md", "--all"])).toEqual({
      options: { json: true, out: "f.md" },
      words: ["Ada", "Lovelace", "--all"],
    });
    expect(split(["--out=f.md", "x"])).toEqual({ options: { json: false, out: "f.md" }, words: ["x"] });
  });

  it.each<[string[], string]>([
    [["x", "--jsn"], "Unknown option --jsn. Did you mean --json?"],
    [["x", "--al"], "Unknown option --al. Did you mean --all?"],
    [["x", "--out"], "Option --out needs a value"],
    [["x", "--out", "--json"], "Option --out needs a value"],
    [["x", "--json=yes"], "Option --json takes no value."],
    [["x", "--out="], "--out: expected a file name"],
  ])("%j is a usage error: %s", (args, message) => {
    expect(() => split(args)).toThrow(UsageError);
    expect(() => split(args)).toThrow(message);
    expect(() => split(args)).toThrow(`usage: ${USAGE}`);
  });

  it("a chat flag the verb's chat command does not take is refused like any unknown option", () => {
    expect(() => split(["x", "--all"], [])).toThrow("Unknown option --all.");
  });
});

describe("each brief verb loads only its own chat command", () => {
  it("no verb in src/cli imports the command registry except discord (which registers all of them)", () => {
    const registryUsers = sourceFiles("src/cli")
      .filter((file) => file.imports.some((imp) => imp.resolved === "commands/index.ts"))
      .map((file) => file.path);
    expect(registryUsers).toEqual(["src/cli/discord.ts"]);
  });

  it("every verb that is also a chat command reads its words through it", () => {
    const chatNames = new Set(["topic", "topics", "who", "on", "entity", "export", "ask", "sources"]);
    const readers = sourceFiles("src/cli")
      .filter((file) =>
        file.imports.some((imp) => /^commands\/[\w-]+\.ts$/.test(imp.resolved ?? "") && imp.resolved !== "commands/index.ts"),
      )
      .map((file) => file.path.replace(/^src\/cli\/|\.ts$/g, ""));
    expect(new Set(readers)).toEqual(chatNames);
    for (const name of chatNames)
      expect(sourceFiles("src/cli").find((file) => file.path === `src/cli/${name}.ts`)?.text).toContain("chatVerb(");
  });
});
