import { describeMissingToken, digestTargetsWithoutToken } from "./digest-tokens.ts";
import type { CliCommand } from "./types.ts";

export const checkConfigCommand: CliCommand = {
  name: "check-config",
  summary: "Validate the environment and the config file, and show what Briefbot will run with",
  usage: "brief check-config",
  run: async (_args, { config, io }) => {
    const { env, file, configPath } = config;
    const missing = digestTargetsWithoutToken(config);
    if (missing.length > 0) {
      io.stderr.write(`Config problem: ${configPath}\n${missing.map((m) => `  ${describeMissingToken(m)}`).join("\n")}\n`);
      return 1;
    }
    const platforms = [
      env.SLACK_BOT_TOKEN &&
        (env.SLACK_APP_TOKEN ? "Slack (Socket Mode)" : env.SLACK_SIGNING_SECRET ? `Slack (HTTP on port ${env.PORT})` : null),
      env.DISCORD_TOKEN && "Discord",
    ].filter(Boolean);
    io.stdout.write(
      [
        `Config OK: ${configPath}`,
        `  data directory: ${env.DATA_DIR}`,
        `  topics (${file.topics.length}): ${file.topics.map((topic) => topic.slug).join(", ") || "none"}`,
        `  digests (${file.digests.length}): ${file.digests.map((digest) => `${digest.id} at "${digest.cron}" ${digest.timezone}`).join("; ") || "none"}`,
        `  sources (${file.sources.length}): ${file.sources.map((source) => `${source.id} ${source.url}`).join("; ") || "none"}${file.sourceDefaults.chatManaged ? " (chat may follow more)" : ""}`,
        `  platforms: ${platforms.length > 0 ? platforms.join(", ") : "none (npm start runs the terminal chat)"}`,
        "",
      ].join("\n"),
    );
    return 0;
  },
};
