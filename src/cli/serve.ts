import { z } from "zod";
import { parseCliArgs } from "./args.ts";
import { type CliCommand, OUTPUT_FORMATS } from "./types.ts";

const usage = 'brief serve [--once "/brief help"] [--format text|md|slack-json|discord-json]';

export const serveCommand: CliCommand = {
  name: "serve",
  summary: "Run the bot: Slack and/or Discord when their tokens are set, otherwise a chat in this terminal",
  usage,
  details: "--once TEXT answers one command or question and exits (for scripts); --format picks the renderer for it.",
  run: async (args, ctx) => {
    const options = parseCliArgs(
      args,
      { once: { type: "string" }, format: { type: "string" } },
      z.object({
        once: z.string().trim().min(1, 'expected a command or question, e.g. "/brief help"').optional(),
        format: z.enum(OUTPUT_FORMATS, { error: `expected one of ${OUTPUT_FORMATS.join(", ")}` }).default("text"),
        positionals: z.array(z.string()).max(0, "serve takes no arguments; did you mean --once?"),
      }),
      usage,
    );
    // why: a damaged store is reported at start, before any answer or digest could write to it
    ctx.store().checkIntegrity();
    await ctx.serve({ once: options.once, format: options.format });
    return 0;
  },
};
