import { z } from "zod";
import { UsageError } from "../src/domain/errors.ts";
import type { Block } from "../src/render/document.ts";
import { digestAccess } from "./lib/digest-access.ts";
import { defineCommand } from "./lib/types.ts";

const Args = z.tuple([z.literal("preview")]);

export const digestCommand = defineCommand({
  name: "digest",
  summary: "What this channel's digest would say now, shown only to you",
  usage: "/brief digest preview",
  examples: ["/brief digest preview"],
  parse: (words) => {
    if (!Args.safeParse(words.map((word) => word.toLowerCase())).success) throw new UsageError("usage: /brief digest preview");
  },
  run: (_args, deps, request) => {
    const { digests, ref } = digestAccess(deps, request);
    const docs = digests.preview(ref);
    if (docs.length === 0) {
      const { chat, config } = digests.subscriptions(ref);
      const text =
        chat.length + config.length === 0
          ? "This channel has no digests. /brief subscribe <topic> adds one."
          : "Nothing new since this channel's last digest.";
      return { summary: text, blocks: [{ type: "paragraph", text }], ephemeral: true };
    }
    const blocks: Block[] = docs.flatMap((doc, index) => [...(index > 0 ? [{ type: "divider" as const }] : []), ...doc.blocks]);
    return { summary: `Preview: ${docs.map((doc) => doc.summary).join("; ")}`, blocks, ephemeral: true };
  },
});
