import { z } from "zod";
import { backupStore } from "../store/backup.ts";
import { storePath } from "../store/store-path.ts";
import { parseCliArgs } from "./args.ts";
import type { CliCommand } from "./types.ts";

const usage = "brief backup FILE [--force]";

export const backupCommand: CliCommand = {
  name: "backup",
  summary: "Copy the store into FILE while the bot runs (SQLite online backup, checked before it is kept)",
  usage,
  details: [
    "Takes a consistent copy of $DATA_DIR/brief.db while brief serve or an ingest keeps using it, checks the copy",
    "(page integrity, schema) and only then names it FILE. Refuses an existing FILE unless --force.",
    "Restore it with brief restore FILE (with the bot stopped).",
  ].join("\n"),
  run: async (args, ctx) => {
    const options = parseCliArgs(
      args,
      { force: { type: "boolean" } },
      z.object({
        force: z.boolean().default(false),
        positionals: z.array(z.string().trim().min(1, "expected a file name")).length(1, "name one backup file"),
      }),
      usage,
    );
    const [target = ""] = options.positionals;
    const result = await backupStore(storePath(ctx.config.env.DATA_DIR), target, { force: options.force });
    ctx.io.stdout.write(
      `Backed up ${result.articles} articles (schema version ${result.schemaVersion}, ${result.bytes} bytes) to ${result.file}.\n`,
    );
    return 0;
  },
};
