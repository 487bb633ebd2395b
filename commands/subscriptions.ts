import { defineCommand } from "../src/dispatch/command.ts";
import { digestAccess } from "../src/dispatch/digest-access.ts";

/** "30 7 * * *" → "07:30 daily"; anything else is shown as the cron expression it is. */
function when(cron: string): string {
  const match = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron);
  return match ? `${match[2]?.padStart(2, "0")}:${match[1]?.padStart(2, "0")} daily` : `cron "${cron}"`;
}

export const subscriptionsCommand = defineCommand({
  name: "subscriptions",
  summary: "The digests this channel gets",
  examples: ["/brief subscriptions"],
  args: {},
  extraWords: "/brief subscriptions takes no arguments.",
  run: (_args, deps, request) => {
    const { digests, ref } = digestAccess(deps, request);
    const { chat, config } = digests.subscriptions(ref);
    const items = [
      ...chat.map((sub) => ({ text: `${sub.topic}: ${when(sub.cron)} (${sub.timezone})` })),
      ...config.map((digest) => ({
        text: `${digest.topics.join(", ")}: ${when(digest.cron)} (${digest.timezone}), digest "${digest.id}" from the config file`,
      })),
    ];
    if (items.length === 0) {
      const text = "This channel has no digests. /brief subscribe <topic> [at 07:30] [Europe/Berlin] adds one.";
      return { summary: text, blocks: [{ type: "paragraph", text }], ephemeral: true };
    }
    return {
      summary: `This channel gets ${items.length} digest${items.length === 1 ? "" : "s"}`,
      blocks: [
        { type: "heading", text: "Digests in this channel" },
        { type: "bullets", items },
      ],
      ephemeral: true,
    };
  },
});
