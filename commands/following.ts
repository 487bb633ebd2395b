import { defineCommand } from "../src/dispatch/command.ts";
import { sourceAccess } from "../src/dispatch/source-access.ts";
import { formatEvery } from "../src/sources/poll-timing.ts";
import { describeState } from "../src/sources/source-state.ts";

export const followingCommand = defineCommand({
  name: "following",
  summary: "The sources this channel follows, with their state (ok, failing with the last error, next poll)",
  examples: ["/brief following"],
  args: {},
  extraWords: "/brief following takes no arguments.",
  run: (_args, deps, request) => {
    const { sources, scope } = sourceAccess(deps, request, false);
    const followed = sources.list(scope);
    if (followed.length === 0) {
      const how = sources.chatManaged ? "/brief follow <feed URL> [topic] adds one." : "Following from chat is turned off here.";
      const text = `This channel follows no sources. ${how}`;
      return { summary: text, blocks: [{ type: "paragraph", text }], ephemeral: true };
    }
    return {
      summary: `This channel follows ${followed.length} source${followed.length === 1 ? "" : "s"}`,
      blocks: [
        { type: "heading", text: "Sources this channel follows" },
        {
          type: "bullets",
          items: followed.map((source) => ({
            text: `${source.id}: ${source.url}, every ${formatEvery(source.intervalMinutes)}${source.topics.length ? `, topics: ${source.topics.join(", ")}` : ""}. ${describeState(source)}`,
          })),
        },
      ],
      ephemeral: true,
    };
  },
});
