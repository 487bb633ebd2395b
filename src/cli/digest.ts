import type { Writable } from "node:stream";
import { z } from "zod";
import { createConfiguredDigestRunner } from "../digest/configured-runner.ts";
import { digestStatus } from "../digest/digest-status.ts";
import { allPlans, type DigestPlan } from "../digest/plan.ts";
import { prepareDigest } from "../digest/prepare-digest.ts";
import { createConsoleDigestSender } from "../digest/senders/console-sender.ts";
import { UsageError } from "../domain/errors.ts";
import { renderText } from "../render/text.ts";
import { createSystemClock } from "../schedule/clock.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { parseCliArgs } from "./args.ts";
import type { CliCommand, CliContext } from "./types.ts";

const USAGE = "brief digest list | preview ID [--at ISO] | run ID [--at ISO] | status";

const Options = z.object({
  at: z
    .string()
    .refine((value) => Number.isFinite(Date.parse(value)), "expected an ISO time such as 2024-03-01T07:30:00+03:00")
    .optional(),
  positionals: z.array(z.string()),
});

function findPlan(ctx: CliContext, id: string | undefined): DigestPlan {
  const plans = allPlans(ctx.config.file.digests, ctx.store().listSubscriptions());
  const plan = plans.find((candidate) => candidate.id === id);
  if (!plan) throw new UsageError(`No digest "${id ?? ""}". brief digest list shows them.\nusage: ${USAGE}`);
  return plan;
}

function noSenderReason(ctx: CliContext, target: string): string {
  const variable = target.startsWith("slack:") ? "SLACK_BOT_TOKEN" : "DISCORD_TOKEN";
  const platform = target.startsWith("slack:") ? "Slack" : "Discord";
  if (!(variable === "SLACK_BOT_TOKEN" ? ctx.config.env.SLACK_BOT_TOKEN : ctx.config.env.DISCORD_TOKEN)) {
    return `${variable} is not set, so nothing can post to ${platform}`;
  }
  return `${platform} targets are delivered by the running bot (brief serve), not by this command`;
}

const line = (out: Writable, text: string) => out.write(`${stripControlChars(text)}\n`);

export const digestCommand: CliCommand = {
  name: "digest",
  readsFacts: true,
  summary: "Scheduled digests: list them, preview or run one, see delivery status",
  usage: USAGE,
  details:
    "preview prints what each target would get (nothing is sent or recorded).\nrun delivers the digest's latest slot now: console targets print here; Slack and Discord targets are sent by `brief serve`.\n--at pretends the time is ISO (for previews and catch-up checks).",
  run: async (args, ctx) => {
    const options = parseCliArgs(args, { at: { type: "string" } }, Options, USAGE);
    const [action, id] = options.positionals;
    const at = options.at ? new Date(options.at) : new Date();
    const render = (doc: Parameters<typeof renderText>[0]) => renderText(doc, { color: false, width: 80 });
    switch (action) {
      case "list": {
        const plans = allPlans(ctx.config.file.digests, ctx.store().listSubscriptions());
        if (plans.length === 0)
          line(ctx.io.stdout, "No digests: add one under `digests:` in the config, or /brief subscribe in a channel.");
        for (const plan of plans) {
          line(
            ctx.io.stdout,
            `${plan.id}  "${plan.cron}" ${plan.timezone}  topics: ${plan.topics.join(", ")}  targets: ${plan.targets.join(", ")}  (${plan.origin})`,
          );
        }
        return 0;
      }
      case "preview": {
        const plan = findPlan(ctx, id);
        for (const target of plan.targets) {
          const prepared = prepareDigest(ctx.store(), ctx.config.file.topics, { ...plan, postWhenEmpty: true }, target, at.getTime());
          line(ctx.io.stdout, `── ${target}`);
          line(ctx.io.stdout, prepared ? render(prepared.doc) : "(nothing)");
        }
        return 0;
      }
      case "run": {
        const plan = findPlan(ctx, id);
        const runner = createConfiguredDigestRunner({
          config: ctx.config.file,
          store: ctx.store(),
          senders: { console: createConsoleDigestSender({ out: ctx.io.stdout, render }) },
          clock: createSystemClock(),
          log: ctx.log,
        });
        const results = await runner.runNow(plan.id, at);
        for (const result of results) {
          const status = result.outcome.status;
          // why: "no-sender" said nothing a person could act on, and exited 0 as if the digest had gone out.
          const why = status === "no-sender" ? ` (not sent: ${noSenderReason(ctx, result.target)})` : "";
          line(ctx.io.stderr, `${result.target} ${result.slot ?? ""}: ${status}${why}`);
        }
        return results.some((result) => result.outcome.status === "failed" || result.outcome.status === "no-sender") ? 1 : 0;
      }
      case "status": {
        const plans = allPlans(ctx.config.file.digests, ctx.store().listSubscriptions());
        if (plans.length === 0) line(ctx.io.stdout, "No digests yet, so nothing to report.");
        for (const row of digestStatus(ctx.store(), plans, at, ctx.config.file.digestDefaults.maxFailures)) {
          const state = row.paused ? `PAUSED after ${row.failures} failures` : row.failures > 0 ? `${row.failures} failure(s)` : "ok";
          const error = row.lastError ? `  last error: ${row.lastError}` : "";
          line(
            ctx.io.stdout,
            `${row.digestId} → ${row.target}: ${state}; last sent ${row.lastSent ?? "never"}; next ${row.next ?? "none"}${error}`,
          );
        }
        return 0;
      }
      default:
        throw new UsageError(`usage: ${USAGE}`);
    }
  },
};
