import type { ThreadRegistry } from "../../threads/thread-registry.ts";

/**
 * Claims one user message for answering: false when this delivery, or another event about the same message,
 * was already claimed.
 * why: Slack redelivers an event (same event_id) when an ack is slow, and a mention inside a watched thread
 * arrives twice, as `message` and as `app_mention`, with different event ids but the same channel and ts.
 */
export async function claimMessage(threads: ThreadRegistry, eventId: string, channel: string, ts: string): Promise<boolean> {
  if (!(await threads.claimEvent("slack", `event:${eventId}`))) return false;
  return threads.claimEvent("slack", `message:${channel}:${ts}`);
}
