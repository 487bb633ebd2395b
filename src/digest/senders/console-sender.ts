import type { Writable } from "node:stream";
import type { Document } from "../../render/document.ts";
import type { DigestSender } from "../sender.ts";

/**
 * Digests for the `console` target: printed to a stream (the terminal, a log file). The printed posts
 * are remembered for this process only, which is all reconciliation can ask of a terminal.
 */
export function createConsoleDigestSender(options: { out: Writable; render: (doc: Document) => string }): DigestSender {
  const printed = new Map<string, string>();
  let count = 0;
  return {
    async send(_target, doc, { marker }) {
      count += 1;
      const messageId = `console-${count}`;
      options.out.write(`${options.render(doc)}\n`);
      printed.set(`${marker.digestId}|${marker.slot}`, messageId);
      return { messageId };
    },
    async findDelivered(_target, marker) {
      return printed.get(`${marker.digestId}|${marker.slot}`) ?? null;
    },
  };
}
