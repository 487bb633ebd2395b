import { cleanText } from "../safety/mentions.ts";

/**
 * Text for a Slack mrkdwn or plain_text field. Slack's rule: `&`, `<`, `>` are control characters and must
 * become entities, `&` first; nothing else may be entity-encoded.
 */
export function escapeSlack(plain: string): string {
  return cleanText(plain).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
// why: Slack has no backslash escape for * _ ~ `; they stay as typed (a formatting quirk, never a ping).
