import { describe, expect, it } from "vitest";
import { escapeDiscord } from "../../../src/render/discord/escape.ts";
import { escapeMarkdown } from "../../../src/render/markdown-escape.ts";
import { safeUrl } from "../../../src/render/safety/links.ts";
import { defuseMentions, hasLiveDiscordMention, hasLiveSlackMention, stripControl } from "../../../src/render/safety/mentions.ts";
import { escapeSlack } from "../../../src/render/slack/escape.ts";

const Z = "\u200B";

describe("defuseMentions breaks every mention syntax", () => {
  it.each([
    ["@everyone", `@${Z}everyone`],
    ["@here and @channel", `@${Z}here and @${Z}channel`],
    ["@Everyone", `@${Z}Everyone`],
    ["<!channel>", `<${Z}!channel>`],
    ["<@U024BE7LH>", `<${Z}@U024BE7LH>`],
    ["<@&123456789012345678>", `<${Z}@&123456789012345678>`],
    ["<#C024BE7LR>", `<${Z}#C024BE7LR>`],
    ["</brief:123>", `<${Z}/brief:123>`],
    ["mail me at a@example.com", "mail me at a@example.com"],
    ["3 < 4 > 2", "3 < 4 > 2"],
  ])("%j → %j", (input, expected) => {
    expect(defuseMentions(input)).toBe(expected);
  });
});

describe("Slack escaping", () => {
  it.each([
    ["Tom & Jerry", "Tom &amp; Jerry"],
    ["a <b> c", "a &lt;b&gt; c"],
    ["&lt;!channel&gt;", "&amp;lt;!channel&amp;gt;"],
    ["<!here>", `&lt;${Z}!here&gt;`],
    ["*bold* stays", "*bold* stays"],
  ])("%j → %j", (input, expected) => {
    expect(escapeSlack(input)).toBe(expected);
    expect(hasLiveSlackMention(escapeSlack(input))).toBe(false);
  });
});

describe("Discord escaping", () => {
  it.each([
    ["**bold**", "\\*\\*bold\\*\\*"],
    ["snake_case ~strike~ `code` ||spoiler||", "snake\\_case \\~strike\\~ \\`code\\` \\|\\|spoiler\\|\\|"],
    ["[click](https://evil.example)", "\\[click\\]\\(https://evil.example\\)"],
    ["# title", "\\# title"],
    ["> quote", "\\> quote"],
    ["- item", "\\- item"],
    ["-# small", "\\-# small"],
    ["1. first", "1\\. first"],
    ["<@123456789012345678>", `\\<${Z}@123456789012345678\\>`],
    ["@here", `@${Z}here`],
  ])("%j → %j", (input, expected) => {
    expect(escapeDiscord(input)).toBe(expected);
    expect(hasLiveDiscordMention(escapeDiscord(input))).toBe(false);
  });
});

describe("Markdown escaping", () => {
  it.each([
    ["*x* _y_", "\\*x\\* \\_y\\_"],
    ["[a](b)", "\\[a\\](b)"],
    ["## h", "\\## h"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("untrusted text cannot drive the terminal", () => {
  it("drops escape sequences and bidi overrides but keeps newlines and tabs", () => {
    expect(stripControl("a\x1b[2Jb\u202Ec\n\td\x07")).toBe("abc\n\td");
  });
});

describe("safeUrl", () => {
  it.each([
    ["https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"],
    ["https://example.com/a|b>c", "https://example.com/a%7Cb%3Ec"],
    ["https://example.com/(x)", "https://example.com/%28x%29"],
    ["javascript:alert(1)", undefined],
    ["not a url", undefined],
    [`https://example.com/${"x".repeat(2_000)}`, undefined],
  ])("%j → %j", (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});
