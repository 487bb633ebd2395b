import { REST } from "@discordjs/rest";
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";
import { Routes } from "discord-api-types/v10";

export const DEFAULT_DISCORD_API = "https://discord.com/api";

/**
 * The REST base for discord.js and @discordjs/rest, which append `/v10` themselves: trailing slashes and a
 * version segment are dropped, so `http://127.0.0.1:3000/api/` and `…/api/v10` both work.
 */
export function discordApiBase(apiUrl: string | undefined): string {
  return (apiUrl ?? DEFAULT_DISCORD_API).replace(/\/+$/, "").replace(/\/v\d+$/, "");
}

export type RegisterOptions = {
  token: string;
  applicationId: string;
  apiUrl?: string;
  /** A server id registers there (instantly, for testing); without it the command is global. */
  guildId?: string;
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
};

/**
 * Registers the commands by bulk overwrite (PUT): the application ends up with exactly these, so running it
 * twice changes nothing. Returns the route it wrote to and how many commands Discord now has there.
 */
export async function registerDiscordCommands(options: RegisterOptions): Promise<{ route: string; count: number }> {
  const rest = new REST({ api: discordApiBase(options.apiUrl) }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const saved = await rest.put(route, { body: options.commands });
  return { route, count: Array.isArray(saved) ? saved.length : options.commands.length };
}
