import {
  type APIApplicationCommandStringOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import type { AnyCommand } from "../../commands/lib/types.ts";
import { type OptionSpec, SUBCOMMANDS, type SubcommandSpec } from "./subcommands.ts";

export const BRIEF_COMMAND_NAME = "brief";

// why: Discord caps command and option descriptions at 100 characters.
const DESCRIPTION_MAX = 100;
// why: a string option may offer at most 25 fixed choices.
const CHOICES_MAX = 25;

/**
 * The `/brief` command as the Discord REST API takes it (bulk overwrite body): one subcommand per
 * subcommand spec, described by the matching entry of the command registry, so `/brief help` and the
 * Discord picker say the same thing. Throws when a spec names a command the registry does not have.
 */
export function buildBriefCommand(commands: readonly AnyCommand[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const byName = new Map(commands.map((command) => [command.name, command]));
  return {
    name: BRIEF_COMMAND_NAME,
    description: "Briefings from the news articles, every fact cited",
    type: ApplicationCommandType.ChatInput,
    // why: follow-ups happen in threads, which exist only in servers; the app is installed to a server.
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: (SUBCOMMANDS as readonly SubcommandSpec[]).map((spec) => {
      const command = byName.get(spec.name);
      if (!command) throw new Error(`Discord subcommand "${spec.name}" has no command in the registry`);
      return {
        type: ApplicationCommandOptionType.Subcommand,
        name: spec.name,
        description: clip(command.summary),
        options: spec.options.map((option) => stringOption(option, spec.name === "help" ? commands : undefined)),
      };
    }),
  };
}

/** A string option; `choices` fixes the values (help's command names), otherwise autocomplete or free text. */
function stringOption(option: OptionSpec, choices?: readonly AnyCommand[]): APIApplicationCommandStringOption {
  const base = {
    type: ApplicationCommandOptionType.String,
    name: option.name,
    description: clip(option.description),
    required: option.required,
    max_length: option.maxLength,
  } as const;
  if (option.autocomplete) return { ...base, autocomplete: true };
  if (choices) return { ...base, choices: choices.slice(0, CHOICES_MAX).map((command) => ({ name: command.name, value: command.name })) };
  return base;
}

function clip(text: string): string {
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}
