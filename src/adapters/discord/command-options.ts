import type { ChatInputCommandInteraction } from "discord.js";
import type { AnyCommand } from "../../dispatch/command.ts";
import { checkOptions, type Invocation, invocationText } from "../../dispatch/options.ts";

type ReadCommand =
  | { ok: true; subcommand: string; invocation: Invocation; text: string }
  | { ok: false; subcommand: string; problem: string };

/**
 * A `/brief` interaction as an invocation: the subcommand names the command, its typed options map onto the
 * command's arguments as they are (a `"` stays a `"`). They are checked again here (Discord's own checks can
 * be bypassed by a stale command definition, and autocomplete values are free text). `text` is how it reads,
 * for the thread it opens.
 */
export function readCommand(interaction: ChatInputCommandInteraction, commands: readonly AnyCommand[]): ReadCommand {
  const subcommand = interaction.options.getSubcommand(false) ?? "help";
  const command = commands.find((candidate) => candidate.name === subcommand);
  if (!command) return { ok: false, subcommand, problem: `/brief ${subcommand} is not a command I know. Type /brief help for the list.` };
  const checked = checkOptions(command, (name, type) =>
    type === "boolean" ? interaction.options.getBoolean(name, false) : interaction.options.getString(name, false),
  );
  if (!checked.ok) return { ok: false, subcommand, problem: checked.problem };
  const invocation = { command: command.name, options: checked.options };
  return { ok: true, subcommand, invocation, text: invocationText(command, checked.options) };
}
