import type { AppConfig } from "../../config/load.ts";

export type MissingToken = { digestId: string; target: string; variable: "SLACK_BOT_TOKEN" | "DISCORD_TOKEN" };

/**
 * Config digests with a Slack or Discord target whose token is not set: nothing could ever deliver them.
 * why: they used to pass check-config silently and then never arrive.
 */
export function digestTargetsWithoutToken(config: AppConfig): MissingToken[] {
  return config.file.digests.flatMap((digest) =>
    digest.targets.flatMap((target): MissingToken[] => {
      if (target.startsWith("slack:") && !config.env.SLACK_BOT_TOKEN) return [{ digestId: digest.id, target, variable: "SLACK_BOT_TOKEN" }];
      if (target.startsWith("discord:") && !config.env.DISCORD_TOKEN) return [{ digestId: digest.id, target, variable: "DISCORD_TOKEN" }];
      return [];
    }),
  );
}

export function describeMissingToken(missing: MissingToken): string {
  return `digest "${missing.digestId}": target ${missing.target} needs ${missing.variable}, which is not set (set it, or remove the target)`;
}
