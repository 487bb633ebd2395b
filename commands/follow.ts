import { z } from "zod";
import { defineCommand, stringArg } from "../src/dispatch/command.ts";
import { knownTopic } from "../src/dispatch/digest-access.ts";
import { sourceAccess } from "../src/dispatch/source-access.ts";
import { UserError } from "../src/domain/errors.ts";
import { formatEvery } from "../src/sources/poll-timing.ts";

/** why: a channel is not a feed reader for the whole web; the operator's own sources have no such cap. */
export const MAX_CHANNEL_SOURCES = 25;

export const followCommand = defineCommand({
  name: "follow",
  summary: "Follow a news feed (RSS/Atom) or page for this channel: new articles feed briefs and digests",
  examples: ["/brief follow https://news.example/feeds/world.xml", "/brief follow https://news.example/feeds/energy.xml energy-prices"],
  args: {
    url: stringArg(z.string({ error: "Which feed? Give its http(s) address." }), {
      description: "The http(s) address of an RSS/Atom feed or a page",
      required: true,
      maxLength: 500,
      text: "word",
      placeholder: "feed URL",
    }),
    topic: stringArg(z.string().optional(), {
      description: "The topic it is expected to feed",
      required: false,
      maxLength: 100,
      text: "word",
      autocomplete: "topics",
    }),
  },
  extraWords: "A feed's address and at most one topic.",
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
