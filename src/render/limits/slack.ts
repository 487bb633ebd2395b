import { z } from "zod";
import { hasLiveSlackMention } from "../safety/mentions.ts";

/**
 * Slack's message limits, as data: Block Kit limits from `@slack/types`, the 40,000-character `text` cap from Slack's
 * changelog "Truncating really long messages" (2018).
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3_000,
  headerText: 150,
  contextElements: 10,
  contextElementText: 3_000,
  /** Slack truncates `text` above 40,000 characters. */
  messageText: 40_000,
  /** why: Slack recommends notification text under 4,000; the fallback is a one-line summary anyway. */
  fallbackText: 3_000,
  /** why: a response_url accepts at most 5 posts, so an answer never needs more messages than that. */
  messagesPerAnswer: 5,
} as const;

const noLiveMention = (text: string) => !hasLiveSlackMention(text);
const safe = (max: number) => z.string().min(1).max(max).refine(noLiveMention, "contains a live Slack mention or control sequence");

export const SlackMrkdwnSchema = z.object({ type: z.literal("mrkdwn"), text: safe(SLACK_LIMITS.contextElementText) });
export const SlackPlainTextSchema = z.object({
  type: z.literal("plain_text"),
  text: safe(SLACK_LIMITS.headerText),
  emoji: z.boolean().optional(),
});

export const SlackBlockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("header"), text: SlackPlainTextSchema }),
  z.object({ type: z.literal("section"), text: z.object({ type: z.literal("mrkdwn"), text: safe(SLACK_LIMITS.sectionText) }) }),
  z.object({ type: z.literal("context"), elements: z.array(SlackMrkdwnSchema).min(1).max(SLACK_LIMITS.contextElements) }),
  z.object({ type: z.literal("divider") }),
]);
export type SlackBlock = z.output<typeof SlackBlockSchema>;

/** One chat.postMessage / response_url body. Adapters validate with this before sending. */
export const SlackMessageSchema = z.object({
  // why: Slack needs a top-level `text` beside blocks for notifications and screen readers.
  text: safe(SLACK_LIMITS.messageText),
  blocks: z.array(SlackBlockSchema).min(1).max(SLACK_LIMITS.blocksPerMessage),
  response_type: z.enum(["ephemeral", "in_channel"]).optional(),
});
export type SlackMessage = z.output<typeof SlackMessageSchema>;
