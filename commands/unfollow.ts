import { z } from "zod";
import { defineCommand, stringArg } from "../src/dispatch/command.ts";
import { sourceAccess } from "../src/dispatch/source-access.ts";

export const unfollowCommand = defineCommand({
  name: "unfollow",
  summary: "Stop following a source this channel followed",
  examples: ["/brief unfollow news-example-world"],
  args: {
    id: stringArg(
      z.string({ error: "Which source? /brief following lists the ids." }).transform((id) => id.toLowerCase()),
      {
        description: "The source's id (/brief following lists them)",
        required: true,
        maxLength: 100,
        text: "word",
      },
    ),
  },
  extraWords: "One source id at a time; /brief following lists them.",
  run: ({ id }, deps, request) => {
    const { sources, scope } = sourceAccess(deps, request, true);
    const source = sources.unfollow(id, scope);
    const text = `This channel no longer follows "${source.id}" (${source.url}). Articles already stored stay.`;
    return { summary: text, blocks: [{ type: "paragraph", text }] };
  },
});
