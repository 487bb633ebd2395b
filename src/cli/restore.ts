import { mkdirSync } from "node:fs";
import { z } from "zod";
import { restoreStore } from "../store/restore.ts";
import { storePath } from "../store/store-path.ts";
import { parseCliArgs } from "./args.ts";
import type { CliCommand } from "./types.ts";

const usage = "brief restore FILE";

export const restoreCommand: CliCommand = {
  name: "restore",
  summary: "Replace the store by a backup (checked first; the old store is kept aside)",
  usage,
  details: [
    "Checks FILE (a Briefbot store, sound, not from a newer version), refuses while another process has the store",
    "open (stop brief serve first), moves $DATA_DIR/brief.db aside as brief.db.before-restore-<time> and copies FILE",
    "into its place. A backup from an older version is migrated when the store is next opened.",
  ].join("\n"),
  run: async (args, ctx) => {
    const options = parseCliArgs(
      args,
      {},
      z.object({ positionals: z.array(z.string().trim().min(1, "expected a file name")).length(1, "name one backup file") }),
      usage,
    );
    const [file = ""] = options.positionals;
    mkdirSync(ctx.config.env.DATA_DIR, { recursive: true });
    const result = restoreStore(file, storePath(ctx.config.env.DATA_DIR), new Date());
    const aside = result.keptAside === null ? "There was no store before." : `The old store is kept as ${result.keptAside}.`;
    ctx.io.stdout.write(`Restored ${result.articles} articles (schema version ${result.schemaVersion}) from ${file}. ${aside}\n`);
    return 0;
  },
};
