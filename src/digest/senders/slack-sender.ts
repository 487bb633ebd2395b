import type { Document } from "../../render/document.ts";
import { classifyHttpError, DigestSendError, type DigestSender } from "../sender.ts";
import { DIGEST_EVENT_TYPE } from "./marker.ts";

/** One Slack message as the Slack renderer makes it (`text` is the notification fallback beside `blocks`). */
export type SlackDigestMessage = { text: string; blocks?: readonly unknown[] };

type Metadata = { event_type: string; event_payload: Record<string, unknown> };

/** The two Web API calls a digest needs, so any client (Bolt's `app.client`, a fake) can supply them. */
export type SlackDigestClient = {
  postMessage(args: {
    channel: string;
    text: string;
    blocks?: unknown[];
    thread_ts?: string;
    metadata?: Metadata;
  }): Promise<{ ts?: string }>;
  /** conversations.history with `include_all_metadata: true`: the newest messages first. */
  history(args: { channel: string; oldest?: string; limit: number }): Promise<{ messages?: { ts?: string; metadata?: Metadata }[] }>;
};

// why: platform refusals that no retry can fix; everything else with an HTTP status is classified by it.
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "account_inactive",
  "invalid_auth",
  "token_revoked",
  "missing_scope",
]);

function slackError(error: unknown): DigestSendError {
  const e = error as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number };
  if (e?.code === "slack_webapi_rate_limited_error") {
    return new DigestSendError("Slack rate limit", { retryable: true, retryAfterMs: (e.retryAfter ?? 1) * 1000, cause: error });
  }
  if (e?.data?.error)
    return new DigestSendError(`Slack refused the digest: ${e.data.error}`, { retryable: !PERMANENT.has(e.data.error), cause: error });
  return classifyHttpError(error);
}

/**
 * Digests to Slack: the first message carries message metadata {digestId, slot} and is the thread root;
 * further parts of a long digest go into its thread. Reconciliation reads recent channel history for
 * that metadata (Slack returns it with `include_all_metadata`).
 */
export function createSlackDigestSender(options: {
  client: SlackDigestClient;
  render: (doc: Document) => readonly SlackDigestMessage[];
}): DigestSender {
  return {
    async send(target, doc, { marker }) {
      const [first, ...rest] = options.render(doc);
      if (!first) throw new DigestSendError("the digest rendered to no Slack message", { retryable: false });
      const metadata = { event_type: DIGEST_EVENT_TYPE, event_payload: { digestId: marker.digestId, slot: marker.slot } };
      let ts: string | undefined;
      try {
        ts = (await options.client.postMessage({ channel: target.channel, ...body(first), metadata })).ts;
      } catch (error) {
        throw slackError(error);
      }
      if (!ts) throw new DigestSendError("Slack accepted the digest but returned no ts", { retryable: false });
      for (const part of rest) {
        // why: the root is posted and recorded as sent; a lost follow-on part must not re-post the whole digest.
        await options.client.postMessage({ channel: target.channel, ...body(part), thread_ts: ts }).catch(() => undefined);
      }
      return { messageId: ts };
    },
    async findDelivered(target, marker) {
      // why: a digest is claimed at or after its slot, so its post cannot be older than the slot.
      const oldest = String(Math.max(0, Math.floor(Date.parse(marker.slot) / 1000) - 60) || 0);
      let page: Awaited<ReturnType<SlackDigestClient["history"]>>;
      try {
        page = await options.client.history({ channel: target.channel, oldest, limit: 200 });
      } catch (error) {
        throw slackError(error);
      }
      const match = (page.messages ?? []).find(
        (m) =>
          m.metadata?.event_type === DIGEST_EVENT_TYPE &&
          m.metadata.event_payload.digestId === marker.digestId &&
          m.metadata.event_payload.slot === marker.slot,
      );
      return match?.ts ?? null;
    },
  };
}

const body = (message: SlackDigestMessage) => ({ text: message.text, ...(message.blocks ? { blocks: [...message.blocks] } : {}) });
