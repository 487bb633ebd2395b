import { ResponseUrlError } from "./response-url.ts";

/**
 * A short, stable name for a failed Slack call: the Web API's `error` field (`not_in_channel`,
 * `channel_not_found`, `invalid_blocks`), `ratelimited`, `http_<status>`, `response_url_<status>`, or `unknown`.
 */
export function slackErrorCode(error: unknown): string {
  if (error instanceof ResponseUrlError) return `response_url_${error.status}`;
  const coded = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  switch (coded?.code) {
    case "slack_webapi_platform_error":
      return typeof coded.data?.error === "string" ? coded.data.error : "platform_error";
    case "slack_webapi_rate_limited_error":
      return "ratelimited";
    case "slack_webapi_http_error":
      return `http_${String(coded.statusCode)}`;
    case "slack_webapi_request_error":
      return "request_error";
    default:
      return "unknown";
  }
}

/** True when the answer could not be posted because the bot cannot post in that conversation. */
export function isMembershipError(code: string): boolean {
  return code === "not_in_channel" || code === "channel_not_found" || code === "is_archived" || code === "restricted_action";
}

/** What to tell the user when their answer could not be posted in the channel. `botMention` is `<@U…>` or "me". */
export function noticeFor(code: string, botMention: string): string {
  switch (code) {
    case "not_in_channel":
      return `I'm not a member of this channel, so only you can see this answer. Invite me with \`/invite ${botMention}\` to get answers everyone can see, with follow-ups in threads.`;
    case "channel_not_found":
      return `I can't post in this conversation (a private channel or a DM I'm not part of), so only you can see this answer. Add ${botMention} to the channel to get answers everyone can see.`;
    case "is_archived":
      return "This channel is archived, so I can't post in it; only you can see this answer.";
    case "invalid_blocks":
    case "msg_too_long":
    case "msg_blocks_too_long":
      return `Slack refused the answer as too large (${code}). It has been logged; try a narrower question.`;
    case "ratelimited":
      return "Slack is rate-limiting me right now. It has been logged; please try again in a minute.";
    default:
      return `Slack didn't accept my answer (${code}). It has been logged; please try again.`;
  }
}
