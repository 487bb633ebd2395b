import { z } from "zod";
import { describeReextract, reextractAll } from "../ingest/reextract.ts";
import { createTopicMatcher } from "../ingest/topic-matcher.ts";
import { parseCliArgs } from "./args.ts";
import type { CliCommand } from "./types.ts";

const usage = "brief reextract [--json]";

export const reextractCommand: CliCommand = {
  name: "reextract",
  summary: "Read every stored article's facts again with this version's extractor (after an upgrade); ids stay",
  usage,
  details: [
    "Uses the article text kept in the store, so no files are needed. Each article is re-stored in its own",
    "transaction: one that fails keeps its previous facts. Topics are re-assigned from the current config.",
    "Exit code 1 when any article failed.",
  ].join("\n"),
  run: async (args, ctx) => {
    const options = parseCliArgs(
      args,
      { json: { type: "boolean" } },
      z.object({ json: z.boolean().default(false), positionals: z.array(z.string()).max(0, "reextract takes no arguments") }),
      usage,
    );
    const store = ctx.store();
    // why: the extractor (and its date parser, hundreds of modules) loads only for the commands that extract.
    const { cleanArticleText, extractArticle } = await import("../extract/index.ts");
    const summary = await reextractAll({
      store,
      extract: extractArticle,
      clean: cleanArticleText,
      matcher: createTopicMatcher(ctx.config.file.topics),
    });
    if (options.json) ctx.io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else (summary.failures.length > 0 ? ctx.io.stderr : ctx.io.stdout).write(`${describeReextract(summary)}\n`);
    return summary.failures.length > 0 ? 1 : 0;
  },
};
