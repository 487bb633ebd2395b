import { z } from "zod";
import { createTopicMatcher } from "../ingest/topic-matcher.ts";
import { parseCliArgs } from "./args.ts";
import type { CliCommand } from "./types.ts";

const usage = "brief retag";

export const retagCommand: CliCommand = {
  name: "retag",
  summary: "Re-assign topics to every stored article from the current config, without re-extracting",
  usage,
  run: async (args, ctx) => {
    parseCliArgs(args, {}, z.object({ positionals: z.array(z.string()).max(0, "retag takes no arguments") }), usage);
    const store = ctx.store();
    const matcher = createTopicMatcher(ctx.config.file.topics);
    const tagged = store.retag((article, sentences) => matcher.tag(article.title, sentences));
    const stats = store.topicStats();
    ctx.io.stdout.write(
      [
        `Re-tagged ${store.articleCount()} articles; ${tagged} belong to at least one topic.`,
        ...ctx.config.file.topics.map(
          (topic) => `  ${topic.slug}: ${stats.find((row) => row.slug === topic.slug)?.articles ?? 0} articles`,
        ),
        "",
      ].join("\n"),
    );
    return 0;
  },
};
