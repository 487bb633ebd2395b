import { describe, expect, it } from "vitest";
import { renderDiscord } from "../../../src/render/discord/render-discord.ts";
import type { Document } from "../../../src/render/document.ts";
import { renderMarkdown } from "../../../src/render/markdown.ts";
import { renderAs } from "../../../src/render/render-as.ts";
import { renderSlack } from "../../../src/render/slack/render-slack.ts";
import { renderText } from "../../../src/render/text.ts";
import { hugeDocument } from "./arbitraries.ts";
import { SAMPLE_BRIEF } from "./sample-brief.ts";

const paragraphs = (count: number, length = 100): Document => ({
  summary: "many paragraphs",
  more: "/brief who someone --all",
  blocks: Array.from({ length: count }, (_, i) => ({ type: "paragraph" as const, text: `${i} ${"p".repeat(length)}` })),
});

describe("snapshots of the sample brief", () => {
  it("Slack Block Kit", () => expect(renderSlack(SAMPLE_BRIEF)).toMatchSnapshot());
  it("Discord embeds", () => expect(renderDiscord(SAMPLE_BRIEF)).toMatchSnapshot());
  it("terminal text at 80 columns", () => expect(renderText(SAMPLE_BRIEF)).toMatchSnapshot());
  it("Markdown", () => expect(renderMarkdown(SAMPLE_BRIEF)).toMatchSnapshot());
});

describe("Slack renderer", () => {
  it("puts the summary in the top-level text that notifications need", () => {
    const [message] = renderSlack(SAMPLE_BRIEF);
    expect(message?.text).toBe("Turkey's mediation between Russia and Ukraine: 2 articles, Mar–Nov 2022");
  });

  it("links citations to the article", () => {
    const json = JSON.stringify(renderSlack(SAMPLE_BRIEF));
    expect(json).toContain("<https://www.npr.org/|[2]>");
  });

  it("fits a 1,000-item answer with 10,000-character quotes into at most five messages", () => {
    expect(renderSlack(hugeDocument()).length).toBeLessThanOrEqual(5);
  });

  it("splits an answer over 50 blocks into several messages, numbered in the fallback text", () => {
    const messages = renderSlack({ ...paragraphs(80), blocks: paragraphs(80).blocks.flatMap((b) => [b, { type: "divider" as const }]) });
    expect(messages.length).toBe(4);
    expect(messages.map((m) => m.text)).toEqual([
      "many paragraphs (1/4)",
      "many paragraphs (2/4)",
      "many paragraphs (3/4)",
      "many paragraphs (4/4)",
    ]);
  });

  it("cuts what five messages cannot hold with a count and the command that shows everything", () => {
    const spread = paragraphs(200);
    const messages = renderSlack({
      ...spread,
      blocks: [
        ...spread.blocks.flatMap((b) => [b, { type: "divider" as const }]),
        { type: "hint", text: "Reply in this thread to ask a follow-up." },
      ],
    });
    expect(messages.length).toBe(5);
    const last = JSON.stringify(messages.at(-1));
    expect(last).toMatch(/…and \d+ more: \/brief who someone --all/);
    expect(last).toContain("Reply in this thread to ask a follow-up.");
  });

  it("truncates a header to 150 characters", () => {
    const [message] = renderSlack({ summary: "s", blocks: [{ type: "heading", text: "h".repeat(400) }] });
    const header = message?.blocks[0];
    expect(header?.type === "header" && header.text.text.length).toBe(150);
  });
});

describe("Discord renderer", () => {
  it("turns off every mention type on every message", () => {
    for (const message of renderDiscord(hugeDocument())) expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it("uses the heading as the embed title and the closing hint as its footer", () => {
    const [message] = renderDiscord(SAMPLE_BRIEF);
    expect(message?.embeds[0]?.title).toBe("Turkey's mediation between Russia and Ukraine");
    expect(message?.embeds.at(-1)?.footer?.text).toBe("Reply in this thread to ask a follow-up.");
  });

  it("writes citations as masked links", () => {
    expect(JSON.stringify(renderDiscord(SAMPLE_BRIEF))).toContain("[\\\\[2\\\\]](https://www.npr.org/)");
  });

  it("starts a new message when the embeds would pass 6,000 characters", () => {
    const messages = renderDiscord(paragraphs(10, 1_000));
    expect(messages.length).toBe(2);
  });

  it("cuts what five messages cannot hold and says how much is left", () => {
    const messages = renderDiscord(paragraphs(200, 1_000));
    expect(messages.length).toBe(5);
    expect(JSON.stringify(messages.at(-1))).toMatch(/…and \d+ more: \/brief who someone --all/);
  });

  it("sends the summary as content when the document is empty", () => {
    expect(renderDiscord({ summary: "Nothing yet", blocks: [] })).toEqual([
      { content: "Nothing yet", embeds: [], allowed_mentions: { parse: [] } },
    ]);
  });
});

describe("terminal renderer", () => {
  it("paints only when asked", () => {
    expect(renderText(SAMPLE_BRIEF, { color: false, width: 80 })).not.toContain("\x1b[");
    expect(renderText(SAMPLE_BRIEF, { color: true, width: 80 })).toContain("\x1b[1m");
  });

  it("keeps every line within the width", () => {
    for (const line of renderText(SAMPLE_BRIEF, { color: false, width: 60 }).split("\n")) {
      if (!line.includes("https://")) expect(line.length).toBeLessThanOrEqual(60);
    }
  });

  it("shows citations as footnotes resolved in the sources list", () => {
    const text = renderText(SAMPLE_BRIEF);
    expect(text).toContain("[1][2]");
    expect(text).toMatch(/\[2\] NPR, 15 Nov 2022: .* https:\/\/www\.npr\.org\//s);
  });
});

describe("renderAs", () => {
  it.each(["text", "md", "slack-json", "discord-json"] as const)("renders %s", (format) => {
    expect(renderAs(format, SAMPLE_BRIEF, { color: false, width: 80 }).length).toBeGreaterThan(100);
  });

  it("JSON formats parse back to the message arrays", () => {
    expect(JSON.parse(renderAs("slack-json", SAMPLE_BRIEF, { color: false, width: 80 }))).toEqual(renderSlack(SAMPLE_BRIEF));
  });
});
