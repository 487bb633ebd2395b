import type { Readable } from "node:stream";
import { z } from "zod";
import { IsoDaySchema } from "../domain/dates.ts";
import { createDefaultIngester } from "../ingest/default-ingester.ts";
import { describeSummary, ingestAll } from "../ingest/ingest-run.ts";
import { listSources } from "../ingest/read-inputs.ts";
import { parseCliArgs } from "./args.ts";
import { ARTICLE_FLAGS } from "./article-flags.ts";
import type { CliCommand } from "./types.ts";

const usage = "brief ingest PATH… [--published YYYY-MM-DD] [--source OUTLET] [--title TITLE] [--url URL] [--json]";

export const ingestCommand: CliCommand = {
  name: "ingest",
  summary: "Extract facts from article files, folders or stdin (-) and store them; the same article twice is a no-op",
  usage,
  details: [
    "Markdown files with front matter (title, source, url, published) need no flags; for plain text and stdin,",
    "--published, --source and --title fill in what the file does not say (title defaults to the first line).",
    "An article whose URL is already stored but whose text changed replaces the old version.",
    "Exit code 1 when any file failed; the summary lists each failure with its reason.",
  ].join("\n"),
  run: async (args, ctx) => {
    const options = parseCliArgs(
      args,
      ARTICLE_FLAGS,
      z.object({
        published: IsoDaySchema.optional(),
        source: z.string().trim().min(1).optional(),
        title: z.string().trim().min(1).optional(),
        url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
        json: z.boolean().default(false),
        positionals: z.array(z.string()).min(1, "expected at least one file, folder, or - for stdin"),
      }),
      usage,
    );
    const stdin = options.positionals.includes("-") ? await readAll(ctx.io.stdin) : "";
    const store = ctx.store();
    const summary = await ingestAll(
      createDefaultIngester(store, ctx.config.file.topics),
      listSources(options.positionals, () => stdin),
      {
        published: options.published,
        source: options.source,
        title: options.title,
        url: options.url,
      },
    );
    if (options.json) ctx.io.stdout.write(`${JSON.stringify({ ...summary, counts: store.counts() }, null, 2)}\n`);
    else (summary.failures.length > 0 ? ctx.io.stderr : ctx.io.stdout).write(`${describeSummary(summary)}\n`);
    return summary.failures.length > 0 ? 1 : 0;
  },
};

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
