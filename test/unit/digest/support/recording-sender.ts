import type { DeliveryMarker, DigestSender } from "../../../../src/digest/sender.ts";
import type { Target } from "../../../../src/digest/target.ts";
import type { Document } from "../../../../src/render/document.ts";

export type Posted = { channel: string; doc: Document; marker: DeliveryMarker; messageId: string };

/**
 * A platform stand-in that keeps what it was sent, like a channel would. `failNext` scripts HTTP failures
 * per channel; `dieInNextSend` makes the next send never return (the process "dies" there), after posting or before.
 */
export function createRecordingSender() {
  const posts: Posted[] = [];
  const faults = new Map<string, number[]>();
  let dying: { posted: boolean } | null = null;
  let n = 0;
  const sender: DigestSender = {
    async send(target: Target, doc, { marker }) {
      const status = faults.get(target.channel)?.shift();
      if (status !== undefined) throw Object.assign(new Error(`HTTP ${status}`), { status });
      const death = dying;
      dying = null;
      if (death && !death.posted) return new Promise<never>(() => {});
      const messageId = `m${++n}`;
      posts.push({ channel: target.channel, doc, marker, messageId });
      if (death) return new Promise<never>(() => {});
      return { messageId };
    },
    async findDelivered(target, marker) {
      const post = posts.find(
        (p) => p.channel === target.channel && p.marker.digestId === marker.digestId && p.marker.slot === marker.slot,
      );
      return post?.messageId ?? null;
    },
  };
  return {
    sender,
    posts,
    failNext(channel: string, ...statuses: number[]) {
      faults.set(channel, [...(faults.get(channel) ?? []), ...statuses]);
    },
    dieInNextSend(options: { posted: boolean }) {
      dying = options;
    },
    postsTo: (channel: string) => posts.filter((p) => p.channel === channel),
  };
}
