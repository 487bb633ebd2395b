import { UsageError, UserError } from "../src/domain/errors.ts";
import { formatEvery } from "../src/sources/poll-timing.ts";
import { knownTopic } from "./lib/digest-access.ts";
import { sourceAccess } from "./lib/source-access.ts";
import { defineCommand } from "./lib/types.ts";

const USAGE = "usage: /brief follow <feed URL> [topic]";
/** why: a channel is not a feed reader for the whole web; the operator's own sources have no such cap. */
export const MAX_CHANNEL_SOURCES = 25;

export const followCommand = defineCommand({
  name: "follow",
  summary: "Follow a news feed (RSS/Atom) or page for this channel: new articles feed briefs and digests",
  usage: "/brief follow <feed URL> [topic]",
  examples: ["/brief follow https://news.example/feeds/world.xml", "/brief follow https://news.example/feeds/energy.xml energy-prices"],
  parse: (words) => {
    const [url, topic, ...rest] = words;
    if (!url || rest.length > 0) throw new UsageError(USAGE);
    return { url, topic };
  },
  run: async (args, deps, request) => {
    const { sources, scope } = sourceAccess(deps, request, true);
    const topic = args.topic ? knownTopic(deps, args.topic) : undefined;
    if (sources.list(scope).length >= MAX_CHANNEL_SOURCES)
      throw new UserError(`This channel already follows ${MAX_CHANNEL_SOURCES} sources; /brief unfollow one first.`);
    const source = await sources.follow({ url: args.url, topic, origin: "chat", scope });
    const text = `This channel now follows "${source.id}" (${source.url}), polled every ${formatEvery(source.intervalMinutes)}.`;
    return {
      summary: text,
      blocks: [
        { type: "paragraph", text },
        {
          type: "hint",
          text: `Its first poll stores up to ${source.backfill} of the articles already in it for briefs; digests announce only what arrives from now on. /brief following shows its state; /brief unfollow ${source.id} stops it.`,
        },
      ],
    };
  },
});
