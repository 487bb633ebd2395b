import { z } from "zod";
import { defineCommand, stringArg } from "../src/dispatch/command.ts";
import { digestAccess } from "../src/dispatch/digest-access.ts";

export const unsubscribeCommand = defineCommand({
  name: "unsubscribe",
  summary: "Stops this channel's digest on a topic",
  examples: ["/brief unsubscribe energy-prices"],
  args: {
    topic: stringArg(
      z.string({ error: "Which topic? /brief subscriptions lists this channel's." }).transform((t) => t.toLowerCase()),
      {
        description: "The topic to stop",
        required: true,
        maxLength: 100,
        text: "word",
        autocomplete: "topics",
      },
    ),
  },
  extraWords: "One topic at a time.",
  run: ({ topic }, deps, request) => {
    const { digests, ref } = digestAccess(deps, request);
    const removed = digests.unsubscribe({ ...ref, topic });
    const text = removed
      ? `This channel will no longer get a digest on ${topic}.`
      : `This channel has no digest subscription on ${topic}. /brief subscriptions lists what it has.`;
    return { summary: text, blocks: [{ type: "paragraph", text }], ...(removed ? {} : { ephemeral: true }) };
  },
});
