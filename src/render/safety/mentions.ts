import { stripControlChars } from "../../text/control-chars.ts";

/**
 * Nobody is pinged by accident: article text and user input pass through `defuseMentions` before any
 * renderer adds its own markup. A zero-width space after `@` or `<` keeps the text readable but breaks
 * every mention syntax Slack and Discord parse.
 */
const ZWSP = "\u200B";

// why: Slack parses `<!here>`, `<@U…>`, `<#C…>`, `<!subteam^…>`; Discord `<@123>`, `<@!123>`, `<@&123>`, `<#123>`, `</cmd:1>`.
const ANGLE_CONTROL = /<(?=[@#!/&])/g;
// why: Discord parses bare @everyone/@here; Slack does with link_names or parse=full (we set neither, but defuse anyway).
const BARE_MASS = /@(?=everyone|here|channel|group)/gi;

export function defuseMentions(text: string): string {
  return text.replace(ANGLE_CONTROL, `<${ZWSP}`).replace(BARE_MASS, `@${ZWSP}`);
}

const SLACK_LIVE = [/<[!@#]/, /@(everyone|here|channel|group)/i] as const;
const DISCORD_LIVE = [/<@[!&]?\d+>/, /<#\d+>/, /<\/[^>\s]+:\d+>/, /@(everyone|here)/i] as const;

/** True when rendered Slack text (mrkdwn, plain_text or the `text` fallback) could ping someone. */
export function hasLiveSlackMention(rendered: string): boolean {
  return SLACK_LIVE.some((pattern) => pattern.test(rendered));
}

/** True when rendered Discord text could ping someone or a role, or link a channel. */
export function hasLiveDiscordMention(rendered: string): boolean {
  return DISCORD_LIVE.some((pattern) => pattern.test(rendered));
}

// why: bidirectional overrides can make a quote read differently from what is stored.
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Removes escape sequences and control characters (keeps newline and tab) and bidirectional overrides from
 * untrusted text. why: a terminal obeys escape sequences; an article must not clear the screen or retitle the window.
 */
export function stripControl(text: string): string {
  return stripControlChars(text).replace(BIDI_OVERRIDE, "");
}

/** Every untrusted string goes through this first, on every platform. */
export function cleanText(text: string): string {
  return defuseMentions(stripControl(text));
}
