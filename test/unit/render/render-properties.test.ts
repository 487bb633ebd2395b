import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDiscord } from "../../../src/render/discord/render-discord.ts";
import type { Document } from "../../../src/render/document.ts";
import { DISCORD_LIMITS, DiscordMessageSchema } from "../../../src/render/limits/discord.ts";
import { SLACK_LIMITS, SlackMessageSchema } from "../../../src/render/limits/slack.ts";
import { renderMarkdown } from "../../../src/render/markdown.ts";
import { hasLiveDiscordMention, hasLiveSlackMention } from "../../../src/render/safety/mentions.ts";
import { renderSlack } from "../../../src/render/slack/render-slack.ts";
import { renderText } from "../../../src/render/text.ts";
import { documentArb, hugeDocument } from "./arbitraries.ts";

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const live = (text: string) => hasLiveSlackMention(text) || hasLiveDiscordMention(text);

function checkSlack(doc: Document) {
  const messages = renderSlack(doc);
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.length).toBeLessThanOrEqual(SLACK_LIMITS.messagesPerAnswer);
  for (const message of messages) {
    expect(SlackMessageSchema.safeParse(message).success).toBe(true);
    expect(strings(message).filter(hasLiveSlackMention)).toEqual([]);
  }
}

function checkDiscord(doc: Document) {
  const messages = renderDiscord(doc);
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.length).toBeLessThanOrEqual(DISCORD_LIMITS.messagesPerAnswer);
  for (const message of messages) {
    expect(DiscordMessageSchema.safeParse(message).success).toBe(true);
    expect(message.allowed_mentions.parse).toEqual([]);
    expect(strings(message).filter(hasLiveDiscordMention)).toEqual([]);
  }
}

function checkText(doc: Document) {
  const text = renderText(doc, { color: false, width: 80 });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting that none got through.
  expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
  expect(live(text)).toBe(false);
  const tooWide = text.split("\n").filter((line) => Array.from(line).length > 80 && !/https?:\/\//.test(line));
  expect(tooWide).toEqual([]);
}

function checkMarkdown(doc: Document) {
  expect(live(renderMarkdown(doc))).toBe(false);
}

describe("any document renders within every platform's limits and pings nobody", () => {
  it("Slack: at most five messages, each valid Block Kit with no live mention", () => {
    fc.assert(fc.property(documentArb, checkSlack), { numRuns: 150 });
  });

  it("Discord: at most five messages, each within embed limits, with mentions disabled and none live", () => {
    fc.assert(fc.property(documentArb, checkDiscord), { numRuns: 150 });
  });

  it("terminal text: no control characters, no live mention, no line wider than 80 columns but URLs", () => {
    fc.assert(fc.property(documentArb, checkText), { numRuns: 150 });
  });

  it("Markdown: no live mention", () => {
    fc.assert(fc.property(documentArb, checkMarkdown), { numRuns: 150 });
  });

  it("a document with 1,000 items per list and 10,000-character quotes is cut, not rejected", () => {
    const doc = hugeDocument();
    checkSlack(doc);
    checkDiscord(doc);
    checkText(doc);
    checkMarkdown(doc);
  });

  it("the same huge document made only of ampersands and mentions still fits (escaping grows text)", () => {
    const doc = hugeDocument(() => `${"&<>".repeat(400)}@everyone<@&123456789012345678>`);
    checkSlack(doc);
    checkDiscord(doc);
  });
});
