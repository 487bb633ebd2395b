import { defineCommand } from "../src/dispatch/command.ts";
import { digestAccess } from "../src/dispatch/digest-access.ts";
import type { Block } from "../src/render/document.ts";

export const digestCommand = defineCommand({
  name: "digest",
  summary: "What this channel's digest would say now, shown only to you",
  examples: ["/brief digest preview"],
  args: {},
  textPrefix: ["preview"],
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
