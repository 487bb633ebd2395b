import type { Writable } from "node:stream";
import { z } from "zod";
import { UsageError } from "../domain/errors.ts";
import type { PollReport } from "../sources/poll-source.ts";
import { createSourceService } from "../sources/source-service.ts";
import { describeState, sourceSummary } from "../sources/source-state.ts";
import { syncConfigSources } from "../sources/sync-config.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { parseCliArgs } from "./args.ts";
import type { CliCommand, CliContext } from "./types.ts";

const USAGE = "brief feeds add URL [--id ID] [--topic SLUG] [--every 30m] | remove ID | list [--json] | poll [ID]";

const Options = z.object({
  id: z.string().optional(),
  topic: z.string().optional(),
  every: z.string().optional(),
  json: z.boolean().default(false),
  positionals: z.array(z.string()),
});

const line = (out: Writable, text: string) => out.write(`${stripControlChars(text)}\n`);

export const feedsCommand: CliCommand = {
  name: "feeds",
  summary: "Followed sources (feeds and pages brief serve polls by itself): add, remove, list, poll now",
  usage: USAGE,
  details: [
    "add follows an RSS/Atom feed or a web page: its first poll stores up to sourceDefaults.backfill items (default 20,",
    "newest first) that digests never announce; later polls store what is new, once. --every sets the interval",
    "(5m to 7d, default sourceDefaults.every), --topic the topic it is expected to feed, --id its name.",
    "Sources under `sources:` in the config file are followed too; remove those in the file.",
    "list shows each source's state (new, ok, failing with the last error and the next try); poll polls them now",
    "(all, or one) and prints what each poll stored. Private and loopback hosts need BRIEF_ALLOW_PRIVATE_HOSTS=true.",
  ].join("\n"),
  run: async (args, ctx) => {
    const options = parseCliArgs(
      args,
      { id: { type: "string" }, topic: { type: "string" }, every: { type: "string" }, json: { type: "boolean" } },
      Options,
      USAGE,
    );
    const [action, target, ...extra] = options.positionals;
    if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(" ")}\nusage: ${USAGE}`);
    const store = ctx.store();
    const { conflicts } = syncConfigSources(store, ctx.config.file, new Date(), Math.random);
    for (const id of conflicts)
      ctx.log.warn("a config source's id is already used by a source added from the CLI or chat; the config one is ignored", { id });
    const service = createSourceService({
      store,
      config: ctx.config.file,
      allowPrivate: ctx.config.env.BRIEF_ALLOW_PRIVATE_HOSTS,
      now: () => new Date(),
    });
    switch (action) {
      case "add": {
        if (!target) throw new UsageError(`expected the URL of a feed or page\nusage: ${USAGE}`);
        const source = await service.follow({ url: target, id: options.id, topic: options.topic, every: options.every, origin: "cli" });
        line(ctx.io.stdout, `Following "${source.id}": ${source.url}, every ${sourceSummary(source).every}.`);
        line(
          ctx.io.stdout,
          `Its first poll stores up to ${source.backfill} items already in it, never announced; brief serve polls it, or run brief feeds poll ${source.id}.`,
        );
        return 0;
      }
      case "remove": {
        if (!target) throw new UsageError(`expected the id of a followed source (brief feeds list)\nusage: ${USAGE}`);
        const source = service.unfollow(target);
        line(ctx.io.stdout, `Unfollowed "${source.id}" (${source.url}). Articles already stored stay.`);
        return 0;
      }
      case "list":
        return list(ctx, options.json);
      case "poll":
        return poll(ctx, target);
      default:
        throw new UsageError(`${action ? `unknown action "${action}"` : "expected an action"}\nusage: ${USAGE}`);
    }
  },
};

function list(ctx: CliContext, json: boolean): number {
  const sources = ctx.store().sources.listSources();
  if (json) {
    ctx.io.stdout.write(`${JSON.stringify(sources.map(sourceSummary), null, 2)}\n`);
    return 0;
  }
  if (sources.length === 0) line(ctx.io.stdout, "No followed sources: brief feeds add URL, or add them under `sources:` in the config.");
  for (const source of sources) {
    const summary = sourceSummary(source);
    const where = source.scope ? `, followed in ${source.scope}` : source.origin === "config" ? ", from the config" : "";
    line(
      ctx.io.stdout,
      `${source.id}  ${source.url}  every ${summary.every}${summary.topics.length ? `  topics: ${summary.topics.join(", ")}` : ""}${where}`,
    );
    line(ctx.io.stdout, `  ${describeState(source)}`);
  }
  return 0;
}

async function poll(ctx: CliContext, id: string | undefined): Promise<number> {
  const store = ctx.store();
  store.checkIntegrity();
  const ids = id ? [id] : store.sources.listSources().map((source) => source.id);
  if (id && !store.sources.getSource(id)) throw new UsageError(`No followed source "${id}". brief feeds list shows them.`);
  if (ids.length === 0) line(ctx.io.stdout, "No followed sources to poll.");
  // why: the poller brings the web-ingest stack and the extractor; only `feeds poll` needs them.
  const { createLivePoller } = await import("../sources/live-poller.ts");
  const poller = createLivePoller({
    store,
    config: ctx.config.file,
    fetch: ctx.fetch,
    allowPrivate: ctx.config.env.BRIEF_ALLOW_PRIVATE_HOSTS,
    log: ctx.log,
  });
  let failed = 0;
  for (const sourceId of ids) {
    const report = await poller.pollOne(sourceId);
    if (!report) continue;
    if (report.status === "failed") failed += 1;
    line(report.status === "failed" ? ctx.io.stderr : ctx.io.stdout, describeReport(report));
    for (const failure of report.itemFailures) line(ctx.io.stderr, `  failed: ${failure.item}: ${failure.reason}`);
  }
  return failed > 0 ? 1 : 0;
}

function describeReport(report: PollReport): string {
  const moved = report.movedTo ? `${report.sourceId}: moved for good to ${report.movedTo}; followed there from now on\n` : "";
  return moved + describeOutcome(report);
}

function describeOutcome(report: PollReport): string {
  if (report.status === "failed") return `${report.sourceId}: failed: ${report.error ?? "unknown error"}`;
  if (report.status === "not-modified") return `${report.sourceId}: not modified (304)`;
  const backlog = report.backfilled > 0 ? ` (${report.backfilled} of them backlog, not announced)` : "";
  const parts = [`${report.stored} new${backlog}`, `${report.replaced} replaced`];
  if (report.duplicates > 0) parts.push(`${report.duplicates} seen under another id`);
  if (report.skipped > 0) parts.push(`${report.skipped} older items skipped`);
  if (report.itemFailures.length > 0) parts.push(`${report.itemFailures.length} failed`);
  return `${report.sourceId}: ${parts.join(", ")}`;
}
