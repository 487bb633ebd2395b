import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import type { AnyCommand, ArgSpec } from "../dispatch/command.ts";

export const BRIEF_COMMAND_NAME = "brief";

// why: Discord caps command and option descriptions at 100 characters.
const DESCRIPTION_MAX = 100;
// why: a string option may offer at most 25 fixed choices.
const CHOICES_MAX = 25;

/**
 * The `/brief` command as the Discord REST API takes it (bulk overwrite body): one subcommand per command of
 * the registry, its options derived from the command's arguments, so `/brief help`, the text parser and the
 * Discord picker read the same definitions. A text form's fixed words (`digest preview`) are implied by the
 * subcommand.
 */
export function buildBriefCommand(commands: readonly AnyCommand[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    name: BRIEF_COMMAND_NAME,
    description: "Briefings from the news articles, every fact cited",
    type: ApplicationCommandType.ChatInput,
    // why: follow-ups happen in threads, which exist only in servers; the app is installed to a server.
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: commands.map((command) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: command.name,
      description: clip(command.summary),
      options: Object.entries(command.args)
        .map(([name, arg]) => option(name, arg, commands))
        // why: Discord refuses a command whose optional options come before required ones.
        .sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required))),
    })),
  };
}

/** One argument as a Discord option: a string (autocompleted, with fixed choices, or free text) or a boolean. */
function option(name: string, arg: ArgSpec, commands: readonly AnyCommand[]): APIApplicationCommandBasicOption {
  if (arg.type === "boolean") return { type: ApplicationCommandOptionType.Boolean, name, description: clip(arg.description) };
  const base = {
    type: ApplicationCommandOptionType.String,
    name,
    description: clip(arg.description),
    required: arg.required,
    max_length: arg.maxLength,
  } as const;
  if (arg.autocomplete) return { ...base, autocomplete: true };
  if (arg.choices === "command names")
    return { ...base, choices: commands.slice(0, CHOICES_MAX).map((command) => ({ name: command.name, value: command.name })) };
  return base;
}

function clip(text: string): string {
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}
