import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { exportCommand as chatExport } from "../../commands/export.ts";
import { UsageError, UserError } from "../domain/errors.ts";
import { exportBrief } from "../export/export-brief.ts";
import { createQueryEngine } from "../query/create-query-engine.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { formatProblem } from "./format-results.ts";
import type { CliCommand } from "./types.ts";
import { chatVerb, splitVerbArgs } from "./verb-args.ts";

const usage = "brief export TOPIC|DATE|NAME [--format md|json | --json] [--out FILE [--force]]";
/** The target (and --json) are read as `/brief export` reads them. */
const TARGET = chatVerb(chatExport);

export const exportCommand: CliCommand = {
  name: "export",
  readsFacts: true,
  summary: "Write a whole brief (topic, date or person) with every fact and citation, as Markdown or JSON",
  usage,
  details: [
    "TOPIC is a topic slug (brief topics), DATE anything brief on takes, NAME a person or organisation.",
    "Nothing is capped: every quote, event and source is included. --format md (default) is CommonMark with each",
    "citation linked to its article; --format json (or --json, as in chat) is the answer as data (the schema of brief",
    "topic|on|entity --json).",
    "Printed to stdout, or written to --out FILE (an existing FILE only with --force).",
    "Exit codes: 0 exported, 1 nothing found, 2 unusable query.",
  ].join("\n"),
  run: async (args, ctx) => {
    const { options, words } = splitVerbArgs(
      args,
      { format: "string", out: "string", force: "boolean" },
      TARGET.flags,
      z.object({
        format: z.enum(["md", "json"], { error: 'expected "md" or "json"' }).optional(),
        out: z.string().trim().min(1, "expected a file name").optional(),
        force: z.boolean().default(false),
      }),
      usage,
    );
    const { topic: target, json } = TARGET.read(words, usage);
    if (json && options.format === "md") throw new UsageError(`--json and --format md ask for different files: give one.\nusage: ${usage}`);
    const format = json ? "json" : (options.format ?? "md");
    const engine = createQueryEngine(ctx.store(), ctx.config.file.topics);
    const exported = exportBrief(engine, ctx.config.file.topics, target, format, new Date());
    if (exported.kind !== "export") {
      ctx.io.stderr.write(`${stripControlChars(formatProblem(exported))}\n`);
      return exported.kind === "invalid-query" ? 2 : 1;
    }
    if (options.out === undefined) {
      ctx.io.stdout.write(exported.content);
      return 0;
    }
    const file = writeExport(options.out, exported.content, options.force);
    ctx.io.stdout.write(`Wrote ${exported.answer.kind} export to ${file}.\n`);
    return 0;
  },
};

/** Written beside the target and renamed into place, so a reader never sees half an export. */
function writeExport(out: string, text: string, force: boolean): string {
  const file = resolve(out);
  if (existsSync(file) && !force) throw new UserError(`${file} already exists: name a new file, or pass --force to replace it.`);
  if (!existsSync(dirname(file))) throw new UserError(`The folder ${dirname(file)} does not exist: create it first.`);
  const partial = `${file}.partial-${process.pid}`;
  try {
    writeFileSync(partial, text);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return file;
}
