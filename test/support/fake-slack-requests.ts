import { createHmac } from "node:crypto";
import { FAKE_BOT } from "./fake-slack.ts";

/** What real Slack sends: signed requests, slash command forms and Events API envelopes. */
export const SIGNING_SECRET = "test-signing-secret-0123456789";

export function sign(body: string, secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}

let triggers = 0;

/** The exact form fields of a slash command (`@slack/bolt`'s `SlashCommand` type); each call is a new invocation (its own trigger_id). */
export function slashCommand(options: { text: string; responseUrl: string; channel?: string; user?: string }): Record<string, string> {
  return {
    token: "deprecated-verification-token",
    team_id: FAKE_BOT.teamId,
    team_domain: "fake",
    channel_id: options.channel ?? "C0001",
    channel_name: "general",
    user_id: options.user ?? "U0001",
    user_name: "alice",
    command: "/brief",
    text: options.text,
    api_app_id: "A0001",
    is_enterprise_install: "false",
    response_url: options.responseUrl,
    trigger_id: `${1_700_000_000 + ++triggers}.456.abc`,
  };
}

let events = 0;

/** An Events API `event_callback` body; pass `eventId` to redeliver the same event. */
export function eventCallback(event: Record<string, unknown>, eventId = `Ev${++events}${Date.now()}`): Record<string, unknown> {
  return {
    token: "x",
    team_id: FAKE_BOT.teamId,
    api_app_id: "A0001",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true }],
    event,
  };
}

/** A human's reply in a thread. */
export function threadReply(options: { channel?: string; threadTs: string; text: string; ts?: string; user?: string }) {
  const ts = options.ts ?? `${1_800_000_000 + ++events}.000200`;
  return {
    type: "message",
    channel_type: "channel",
    channel: options.channel ?? "C0001",
    user: options.user ?? "U0001",
    text: options.text,
    ts,
    thread_ts: options.threadTs,
    event_ts: ts,
  };
}

/** POSTs to a Bolt HTTP endpoint exactly as Slack does: signed, with the bare content type. */
export async function postSigned(url: string, body: string, kind: "form" | "json", headers = sign(body)): Promise<Response> {
  // why: Bolt parses a form body only when the content type is exactly application/x-www-form-urlencoded.
  const contentType = kind === "form" ? "application/x-www-form-urlencoded" : "application/json";
  return fetch(url, { method: "POST", body, headers: { "content-type": contentType, ...headers } });
}
