import { z } from "zod";
import { UsageError } from "../src/domain/errors.ts";
import { digestAccess } from "./lib/digest-access.ts";
import { defineCommand } from "./lib/types.ts";

const Args = z.tuple([z.string().min(1)]);

export const unsubscribeCommand = defineCommand({
  name: "unsubscribe",
  summary: "Stops this channel's digest on a topic",
  usage: "/brief unsubscribe <topic>",
  examples: ["/brief unsubscribe energy-prices"],
  parse: (words) => {
    const parsed = Args.safeParse(words);
    if (!parsed.success) throw new UsageError("usage: /brief unsubscribe <topic>");
    return { topic: parsed.data[0].toLowerCase() };
  },
  run: ({ topic }, deps, request) => {
    const { digests, ref } = digestAccess(deps, request);
    const removed = digests.unsubscribe({ ...ref, topic });
    const text = removed
      ? `This channel will no longer get a digest on ${topic}.`
      : `This channel has no digest subscription on ${topic}. /brief subscriptions lists what it has.`;
    return { summary: text, blocks: [{ type: "paragraph", text }], ...(removed ? {} : { ephemeral: true }) };
  },
});
