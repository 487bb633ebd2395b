import { z } from "zod";
import { COMMANDS } from "../../commands/index.ts";
import { UsageError, UserError } from "../domain/errors.ts";
import { parseCliArgs } from "./args.ts";
import type { CliCommand } from "./types.ts";

const usage = "brief discord register [--guild ID]";

export const discordCommand: CliCommand = {
  name: "discord",
  summary: "Register the /brief command with Discord (one server with --guild, else global)",
  usage,
  details:
    "Overwrites the application's commands with /brief (idempotent). Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID.\n" +
    "--guild ID registers in one server, visible at once (for testing); global commands may take a while to appear.",
  run: async (args, { config, io }) => {
    const options = parseCliArgs(
      args,
      { guild: { type: "string" } },
      z.object({
        guild: z
          .string()
          .regex(/^\d{15,25}$/, "expected a numeric server (guild) id")
          .optional(),
        positionals: z.tuple([z.literal("register", { error: 'expected "register"' })], { error: 'expected "register"' }),
      }),
      usage,
    );
    const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_API_URL: apiUrl } = config.env;
    if (!token || !applicationId) {
      throw new UsageError("brief discord register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see config/example.env).");
    }
    // why: Discord's REST client and API types load only for this command, not for every `brief` start.
    const [{ buildBriefCommand }, { registerDiscordCommands }] = await Promise.all([
      import("../discord-commands/command-definition.ts"),
      import("../discord-commands/register.ts"),
    ]);
    try {
      const { count } = await registerDiscordCommands({
        token,
        applicationId,
        apiUrl,
        guildId: options.guild,
        commands: [buildBriefCommand(COMMANDS)],
      });
      io.stdout.write(
        `Registered /brief ${options.guild ? `in server ${options.guild}` : "globally"} (${count} command${count === 1 ? "" : "s"}).\n`,
      );
      return 0;
    } catch (error) {
      throw new UserError(`Discord refused the registration: ${(error as Error).message}`, { cause: error });
    }
  },
};
