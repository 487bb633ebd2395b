import type { ChatInputCommandInteraction } from "discord.js";
import { z } from "zod";
import { findSubcommand, type SubcommandSpec, toCommandText } from "../../discord-commands/subcommands.ts";

export type CommandText = { ok: true; subcommand: string; text: string } | { ok: false; subcommand: string; problem: string };

/**
 * The dispatcher's text form of a `/brief` interaction. Option values are checked again here (Discord's
 * own checks can be bypassed by a stale command definition, and autocomplete values are free text).
 */
export function commandText(interaction: ChatInputCommandInteraction): CommandText {
  const subcommand = interaction.options.getSubcommand(false) ?? "help";
  const spec = findSubcommand(subcommand);
  if (!spec) return { ok: false, subcommand, problem: `/brief ${subcommand} is not a command I know. Type /brief help for the list.` };
  const values: Record<string, string | undefined> = {};
  for (const option of spec.options) {
    const parsed = optionSchema(spec, option.name, option.required, option.maxLength).safeParse(
      interaction.options.getString(option.name, false) ?? undefined,
    );
    if (!parsed.success) return { ok: false, subcommand, problem: parsed.error.issues[0]?.message ?? "invalid option" };
    values[option.name] = parsed.data;
  }
  return { ok: true, subcommand, text: toCommandText(spec, values) };
}

function optionSchema(spec: SubcommandSpec, name: string, required: boolean, max: number) {
  const label = `/brief ${spec.name} ${name}`;
  const text = z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is too long (at most ${max} characters).`);
  return required ? text : text.optional();
}
