import type { types } from "@slack/bolt";

type KnownBlock = types.KnownBlock;

import type { Block, Document } from "../../render/document.ts";
import type { SlackMessage } from "./types.ts";

/**
 * STAND-IN, TO BE REPLACED by the Block Kit renderer in src/render/slack (`renderSlack`) once it is
 * committed; main.ts passes the real one. Plain text only: one header, then sections of escaped text,
 * split to stay within Slack's limits (3000 chars a section, 50 blocks a message).
 */
export function renderSlackStandIn(doc: Document): SlackMessage[] {
  const blocks: KnownBlock[] = [];
  for (const block of doc.blocks) {
    if (block.type === "heading" && block.level !== 2) {
      blocks.push({ type: "header", text: { type: "plain_text", text: cut(block.text, 150) || "…" } });
      continue;
    }
    for (const chunk of chunks(escapeMrkdwn(plainText(block)), SECTION_MAX))
      blocks.push({ type: "section", text: { type: "mrkdwn", text: chunk } });
  }
  const pages: KnownBlock[][] = [];
  for (let i = 0; i < blocks.length; i += BLOCKS_PER_MESSAGE) pages.push(blocks.slice(i, i + BLOCKS_PER_MESSAGE));
  const text = escapeMrkdwn(cut(doc.summary, 3000)) || "Briefbot";
  return (pages.length > 0 ? pages : [[]]).map((page) => (page.length > 0 ? { text, blocks: page } : { text }));
}

const SECTION_MAX = 2900;
const BLOCKS_PER_MESSAGE = 45;

// why: Slack treats & < > as control characters (mentions, links); escaping them, & first, defuses <!channel>.
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  for (let rest = text; rest.length > 0; ) {
    // why: never split inside an entity such as &amp;, which would show up broken.
    let end = Math.min(max, rest.length);
    const amp = rest.lastIndexOf("&", end);
    if (end < rest.length && amp > end - 6 && amp > 0) end = amp;
    out.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return out;
}

const cites = (list?: readonly number[]) => (list && list.length > 0 ? ` ${list.map((n) => `[${n}]`).join("")}` : "");

function plainText(block: Block): string {
  switch (block.type) {
    case "heading":
    case "context":
    case "hint":
      return block.text;
    case "paragraph":
      return block.text + cites(block.cites);
    case "bullets":
      return block.items.map((item) => `• ${item.text}${cites(item.cites)}`).join("\n");
    case "quote":
      return `“${block.text}” — ${block.attribution}${cites(block.cites)}`;
    case "timeline":
      return block.entries.map((entry) => `${entry.date}  ${entry.text}${cites(entry.cites)}`).join("\n");
    case "people":
      return block.people.map((p) => `• ${[p.name, p.role, p.detail].filter(Boolean).join(", ")}`).join("\n");
    case "sources":
      return block.sources.map((s) => `[${s.n}] ${s.outlet}, ${s.date}: “${s.title}” ${s.url}`).join("\n");
    case "more":
      return `…and ${block.count} more${block.command ? `: ${block.command}` : ""}`;
    case "divider":
      return "—";
  }
}
