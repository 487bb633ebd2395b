import { z } from "zod";
import { UsageError } from "../src/domain/errors.ts";
import { sourceAccess } from "./lib/source-access.ts";
import { defineCommand } from "./lib/types.ts";

const Args = z.tuple([z.string().min(1)]);

export const unfollowCommand = defineCommand({
  name: "unfollow",
  summary: "Stop following a source this channel followed",
  usage: "/brief unfollow <id>",
  examples: ["/brief unfollow news-example-world"],
  parse: (words) => {
    const parsed = Args.safeParse(words);
    if (!parsed.success) throw new UsageError("usage: /brief unfollow <id>   (/brief following lists the ids)");
    return { id: parsed.data[0].toLowerCase() };
  },
  run: ({ id }, deps, request) => {
    const { sources, scope } = sourceAccess(deps, request, true);
    const source = sources.unfollow(id, scope);
    const text = `This channel no longer follows "${source.id}" (${source.url}). Articles already stored stay.`;
    return { summary: text, blocks: [{ type: "paragraph", text }] };
  },
});
