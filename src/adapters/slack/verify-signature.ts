import { createHmac, timingSafeEqual } from "node:crypto";

/** Slack's window for a request's timestamp, both ways (api.slack.com "Verifying requests from Slack"). */
export const MAX_SKEW_SECONDS = 5 * 60;

export type SignedRequest = {
  rawBody: string;
  /** `X-Slack-Request-Timestamp`: unix seconds. */
  timestamp: string | undefined;
  /** `X-Slack-Signature`: `v0=<hex HMAC-SHA256>`. */
  signature: string | undefined;
};

/**
 * Checks a request's signature and timestamp; returns why it is refused, or undefined when it is Slack's.
 * why: Bolt only refuses timestamps older than 5 minutes; one from the future passed, so a request signed
 * ahead of time could be replayed for as long as its clock said. Both directions are refused here.
 */
export function refuseUnsigned(request: SignedRequest, signingSecret: string, nowMs: number): string | undefined {
  const { timestamp, signature } = request;
  if (!timestamp || !signature) return "missing X-Slack-Request-Timestamp or X-Slack-Signature";
  if (!/^\d{1,12}$/.test(timestamp)) return "the timestamp is not a number of seconds";
  if (Math.abs(Math.floor(nowMs / 1000) - Number(timestamp)) > MAX_SKEW_SECONDS) {
    return "the timestamp is more than 5 minutes away from this machine's clock (a replay, or a clock out of sync)";
  }
  const expected = Buffer.from(`v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${request.rawBody}`).digest("hex")}`);
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "the signature does not match SLACK_SIGNING_SECRET";
  return undefined;
}
