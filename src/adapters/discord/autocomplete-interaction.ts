import type { AutocompleteInteraction } from "discord.js";
import type { AutocompleteChoice } from "../../discord-commands/autocomplete.ts";
import { fitChoices } from "./choices.ts";
import { withDeadline } from "./deadline.ts";
import type { HandlerDeps } from "./types.ts";

// why: autocomplete has the 3 s deadline and no deferral; an answer this late is replaced by no choices.
const AUTOCOMPLETE_BUDGET_MS = 1_500;

/** Suggestions while someone types `topic`/`who`: at most 25, answered well inside the deadline. */
export async function answerAutocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  if (!(await deps.threads.claimEvent("discord", `interaction:${interaction.id}`))) return;
  const subcommand = interaction.options.getSubcommand(false) ?? "";
  const focused = interaction.options.getFocused(true);
  let choices: readonly AutocompleteChoice[] = [];
  try {
    choices = await withDeadline(deps.autocomplete(subcommand, focused.name, String(focused.value ?? "")), AUTOCOMPLETE_BUDGET_MS, []);
  } catch (error) {
    deps.log.warn("autocomplete failed", { subcommand, option: focused.name, error });
  }
  await deps.gate.track(interaction.respond(fitChoices(choices)));
}
