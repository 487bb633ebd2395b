import type { SlackMessage } from "./types.ts";

/** A response_url POST that Slack refused: expired, used more than five times, or a bad payload. */
export class ResponseUrlError extends Error {
  readonly status: number;
  readonly body: string;
  constructor(status: number, body: string) {
    super(`response_url answered ${status}${body ? `: ${body.slice(0, 200)}` : ""}`);
    this.name = "ResponseUrlError";
    this.status = status;
    this.body = body;
  }
}

export type ResponseType = "ephemeral" | "in_channel";

/**
 * POSTs one message to a slash command's response_url.
 * why: Slack allows 5 posts within 30 minutes per response_url; past that it answers 404 `used_url`/`expired_url`.
 * why: our own fetch rather than Bolt's `respond()`, so the refusal's body (the reason) reaches the log.
 */
export async function postToResponseUrl(url: string, message: SlackMessage, responseType: ResponseType): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ response_type: responseType, replace_original: false, ...message }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.text();
  if (!response.ok) throw new ResponseUrlError(response.status, body.trim());
}
