import type { Document } from "../document.ts";
import { moreText } from "../document.ts";
import { FIELD_CAPS } from "../field-caps.ts";
import { fitText } from "../fit.ts";
import { SLACK_LIMITS, type SlackBlock, type SlackMessage, SlackMessageSchema } from "../limits/slack.ts";
import { packWithin } from "../overflow.ts";
import { cleanText } from "../safety/mentions.ts";
import { toUnits, type Unit } from "../units.ts";
import { escapeSlack } from "./escape.ts";
import { slackFormatter as fmt } from "./formatter.ts";

const clip = (plain: string, max: number) => escapeSlack(fitText(cleanText(plain), max, (s) => escapeSlack(s).length));

/**
 * Block Kit messages for one answer: usually one; more when the answer exceeds 50 blocks; at most five,
 * the last ending "…and N more: <doc.more>" when even that is not enough. Every message is validated.
 */
export function renderSlack(doc: Document): SlackMessage[] {
  const units = toUnits(doc, fmt, SLACK_LIMITS.sectionText);
  const overflow = (count: number): Unit => ({ kind: "context", text: fmt.italic(clip(moreText(count, doc.more), FIELD_CAPS.command)) });
  const pages = packWithin(units, packSlack, SLACK_LIMITS.messagesPerAnswer, overflow);
  // why: Slack refuses an empty `text`; a summary of only control characters cleans down to nothing.
  const summary = clip(doc.summary, SLACK_LIMITS.fallbackText - 10).trim() || "Briefbot";
  return pages.map((blocks, index) =>
    SlackMessageSchema.parse({ text: pages.length > 1 ? `${summary} (${index + 1}/${pages.length})` : summary, blocks }),
  );
}

function packSlack(units: readonly Unit[]): SlackBlock[][] {
  const pages: SlackBlock[][] = [[]];
  let section: { text: string; group: number; block: { type: "section"; text: { type: "mrkdwn"; text: string } } } | undefined;
  const push = (block: SlackBlock) => {
    const last = pages[pages.length - 1] as SlackBlock[];
    if (last.length < SLACK_LIMITS.blocksPerMessage) last.push(block);
    else pages.push([block]);
  };
  for (const unit of units) {
    if (unit.kind !== "text") section = undefined;
    switch (unit.kind) {
      case "heading":
        push({ type: "header", text: { type: "plain_text", text: clip(unit.plain, SLACK_LIMITS.headerText) || "…" } });
        break;
      case "context":
        if (unit.text) push({ type: "context", elements: [{ type: "mrkdwn", text: unit.text }] });
        break;
      case "hint":
        push({ type: "context", elements: [{ type: "mrkdwn", text: clip(unit.plain, FIELD_CAPS.hint) || "…" }] });
        break;
      case "divider":
        push({ type: "divider" });
        break;
      case "text": {
        if (!unit.text) break;
        if (section && section.group === unit.group && section.text.length + 1 + unit.text.length <= SLACK_LIMITS.sectionText) {
          section.text = `${section.text}\n${unit.text}`;
          section.block.text.text = section.text;
        } else {
          const block = { type: "section" as const, text: { type: "mrkdwn" as const, text: unit.text } };
          section = { text: unit.text, group: unit.group, block };
          push(block);
        }
      }
    }
  }
  return pages.filter((page) => page.length > 0).length > 0 ? pages.filter((page) => page.length > 0) : [[{ type: "divider" }]];
}
