import { describe, expect, it } from "vitest";
import { parseEntityArgs } from "../../../commands/entity.ts";
import { parseHelpArgs } from "../../../commands/help.ts";
import { tokenize } from "../../../commands/lib/tokenize.ts";
import { parseOnArgs } from "../../../commands/on.ts";
import { parseSourcesArgs } from "../../../commands/sources.ts";
import { parseTopicArgs } from "../../../commands/topic.ts";
import { parseTopicsArgs } from "../../../commands/topics.ts";
import { parseWhoArgs } from "../../../commands/who.ts";

/** Parses the text form as a user types it after the command name. */
const words = (text: string) => tokenize(text);

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
    ["turkey-mediation", { slug: "turkey-mediation", all: false }],
    ["Turkey-Mediation --all", { slug: "turkey-mediation", all: true }],
    ["turkey mediation", { slug: "turkey-mediation", all: false }],
    ["grain_deal", { slug: "grain-deal", all: false }],
    ["—all turkey-mediation", { slug: "turkey-mediation", all: true }],
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
    ["Kalin", { text: "Kalin", all: false }],
    ["Ibrahim Kalin", { text: "Ibrahim Kalin", all: false }],
    ['"burns bridges"', { text: "burns bridges", all: false }],
    ["“burns bridges” --all", { text: "burns bridges", all: true }],
    ["Kalin --ALL", { text: "Kalin", all: true }],
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
    expect(parseOnArgs(words(text))).toEqual({ expression, all: false });
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
