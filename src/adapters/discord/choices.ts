import type { AutocompleteChoice } from "../../discord-commands/autocomplete.ts";

// why: choice names show only in the picker and never ping, so they need no mention defusing.
// why: Discord rejects an autocomplete answer with more than 25 choices, or a name/value over 100 characters.
export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/** The choices Discord accepts: at most 25, names and values 1–100 characters, no repeated values. */
export function fitChoices(choices: readonly AutocompleteChoice[]): AutocompleteChoice[] {
  const seen = new Set<string>();
  const out: AutocompleteChoice[] = [];
  for (const choice of choices) {
    const value = choice.value.trim();
    const name = clip(choice.name.trim() || value);
    if (!value || value.length > MAX_CHOICE_LENGTH || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === MAX_CHOICES) break;
  }
  return out;
}

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_CHOICE_LENGTH ? text : `${chars.slice(0, MAX_CHOICE_LENGTH - 1).join("")}…`;
}
