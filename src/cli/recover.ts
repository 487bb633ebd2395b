import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { UserError } from "../domain/errors.ts";
import { describeRecover, restoreSalvage } from "../ingest/recover.ts";
import { createTopicMatcher } from "../ingest/topic-matcher.ts";
import { salvageStore } from "../store/salvage.ts";
import { createSqliteStore } from "../store/sqlite-store.ts";
import { storePath } from "../store/store-path.ts";
import { parseCliArgs } from "./args.ts";
import type { CliCommand } from "./types.ts";

const usage = "brief recover [--to DIR]";

export const recoverCommand: CliCommand = {
  name: "recover",
  summary: "Copy what a damaged store still holds into a new store (the damaged file is only read)",
  usage,
  details: [
    "Reads $DATA_DIR/brief.db read-only, article by article, and writes a new store in DIR (default: DATA_DIR/recovered):",
    "every readable article re-read from its kept text (same content hash and ingest time), subscriptions, the digest",
    "ledger, threads, and followed sources with the feed items they have seen. Then stop Briefbot, keep the damaged file, and move DIR/brief.db into DATA_DIR.",
    "Exit code 1 when any article could not be recovered.",
  ].join("\n"),
  run: async (args, ctx) => {
    const options = parseCliArgs(
      args,
      { to: { type: "string" } },
      z.object({
        to: z.string().trim().min(1, "expected a directory").optional(),
        positionals: z.array(z.string()).max(0, "recover takes no arguments"),
      }),
      usage,
    );
    const from = storePath(ctx.config.env.DATA_DIR);
    if (!existsSync(from)) throw new UserError(`There is no store at ${from} to recover (DATA_DIR is ${ctx.config.env.DATA_DIR}).`);
    const toDir = resolve(options.to ?? join(ctx.config.env.DATA_DIR, "recovered"));
    const to = storePath(toDir);
    if (resolve(to) === resolve(from))
      throw new UserError("--to must be another directory than DATA_DIR: the damaged store is never written.");
    if (existsSync(to)) throw new UserError(`${to} already exists: move it away or pass --to with an empty directory.`);
    const salvage = salvageStore(from);
    // why: the extractor (and its date parser, hundreds of modules) loads only for the commands that extract.
    const { cleanArticleText, extractArticle } = await import("../extract/index.ts");
    mkdirSync(toDir, { recursive: true });
    let now: string | null = null;
    const store = createSqliteStore({ path: to, now: () => now ?? new Date().toISOString() });
    try {
      const summary = await restoreSalvage(salvage, {
        store,
        extract: extractArticle,
        clean: cleanArticleText,
        matcher: createTopicMatcher(ctx.config.file.topics),
        setNow: (iso) => {
          now = iso;
        },
      });
      const text = describeRecover(summary, from, to);
      const incomplete = summary.lost.length > 0 || summary.failed.length > 0;
      (incomplete ? ctx.io.stderr : ctx.io.stdout).write(`${text}\n`);
      return incomplete ? 1 : 0;
    } finally {
      store.close();
    }
  },
};
