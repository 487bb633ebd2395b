import { describe, expect, it } from "vitest";
import { entityCommand } from "../../../commands/entity.ts";
import { helpCommand } from "../../../commands/help.ts";
import { onCommand } from "../../../commands/on.ts";
import { sourcesCommand } from "../../../commands/sources.ts";
import { topicCommand } from "../../../commands/topic.ts";
import { topicsCommand } from "../../../commands/topics.ts";
import { whoCommand } from "../../../commands/who.ts";
import type { AnyCommand } from "../../../src/dispatch/command.ts";
import { textInput } from "../../../src/dispatch/parse-text.ts";
import { tokenize } from "../../../src/dispatch/tokenize.ts";

/** Parses the text form as a user types it after the command name. */
const words = (text: string) => tokenize(text);
/** The text parser derived from a command's definition, then its argument schemas. */
const parser = (command: AnyCommand) => (typed: readonly string[]) => command.parse(textInput(command, typed));
const parseTopicArgs = parser(topicCommand);
const parseWhoArgs = parser(whoCommand);
const parseOnArgs = parser(onCommand);
const parseEntityArgs = parser(entityCommand);
const parseTopicsArgs = parser(topicsCommand);
const parseSourcesArgs = parser(sourcesCommand);
const parseHelpArgs = parser(helpCommand);

describe("tokenize keeps quoted phrases whole", () => {
  it.each([
    ['who "burns bridges"', ["who", "burns bridges"]],
    ["who “burns bridges”", ["who", "burns bridges"]],
    ["who 'burns bridges'", ["who", "burns bridges"]],
    ['who "unclosed phrase', ["who", "unclosed phrase"]],
    ["on   24  March 2022", ["on", "24", "March", "2022"]],
    ["who O'Brien", ["who", "O'Brien"]],
  ])("%j → %j", (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe("topic arguments", () => {
  it.each([
    ["turkey-mediation", { name: "turkey-mediation", all: false }],
    ["Turkey-Mediation --all", { name: "turkey-mediation", all: true }],
    ["turkey mediation", { name: "turkey-mediation", all: false }],
    ["grain_deal", { name: "grain-deal", all: false }],
    ["—all turkey-mediation", { name: "turkey-mediation", all: true }],
  ])("%j → %j", (text, expected) => {
    expect(parseTopicArgs(words(text))).toEqual(expected);
  });

  it.each([
    ["", /Which topic/],
    ["turkey-mediation --full", /Unknown option --full/],
    ["turkey-mediation --al", /Did you mean --all\?/],
  ])("%j is refused: %s", (text, message) => {
    expect(() => parseTopicArgs(words(text))).toThrow(message);
  });
});

describe("who arguments", () => {
  it.each([
    ["Kalin", { speaker: "Kalin", all: false }],
    ["Ibrahim Kalin", { speaker: "Ibrahim Kalin", all: false }],
    ['"burns bridges"', { speaker: "burns bridges", all: false }],
    ["“burns bridges” --all", { speaker: "burns bridges", all: true }],
    ["Kalin --ALL", { speaker: "Kalin", all: true }],
  ])("%j → %j", (text, expected) => {
    expect(parseWhoArgs(words(text))).toEqual(expected);
  });

  it.each([
    ["", /Who\? Give a name/],
    ['""', /Who\? Give a name/],
    [`"${"x".repeat(400)}"`, /too long/],
    ["Kalin --everything", /Unknown option --everything/],
  ])("%j is refused: %s", (text, message) => {
    expect(() => parseWhoArgs(words(text))).toThrow(message);
  });

  it("a refusal carries the usage as its hint", () => {
    expect(() => parseWhoArgs([])).toThrow(expect.objectContaining({ hint: 'usage: /brief who <name|"phrase"> [--all]' }));
  });
});

describe("on arguments", () => {
  it.each([
    ["2022-03-24", "2022-03-24"],
    ["24 March 2022", "24 March 2022"],
    ["March 2022", "March 2022"],
    ["2022", "2022"],
    ["2022-11-01..2022-11-30", "2022-11-01..2022-11-30"],
    ['"24 March 2022"', "24 March 2022"],
  ])("%j → %j", (text, expression) => {
    expect(parseOnArgs(words(text))).toEqual({ date: expression, all: false });
  });

  it.each([
    ["", /On which date\?/],
    ["March 32", /is not a date I can read/],
    ["2022-13-01", /is not a date I can read/],
    ["2022-11-30..2022-11-01", /ends before it starts/],
    ["yesterday", /expected one of/],
  ])("%j is refused: %s", (text, message) => {
    expect(() => parseOnArgs(words(text))).toThrow(message);
  });
});

describe("entity, topics, sources and help arguments", () => {
  it.each([
    [() => parseEntityArgs(words("Ibrahim Kalin")), { name: "Ibrahim Kalin", all: false }],
    [() => parseTopicsArgs(words("")), {}],
    [() => parseSourcesArgs(words("--all")), { all: true }],
    [() => parseHelpArgs(words("")), {}],
    [() => parseHelpArgs(words("WHO")), { command: "who" }],
    [() => parseHelpArgs(words("/who")), { command: "who" }],
  ])("case %#", (parse, expected) => {
    expect(parse()).toEqual(expected);
  });

  it.each([
    [() => parseEntityArgs([]), /Who or what\?/],
    [() => parseTopicsArgs(words("turkey")), /takes no arguments/],
    [() => parseTopicsArgs(words("--all")), /takes no options/],
    [() => parseSourcesArgs(words("latest")), /takes no arguments/],
    [() => parseHelpArgs(words("who on")), /one command at a time/],
  ])("refusal %#", (parse, message) => {
    expect(parse).toThrow(message);
  });
});
