import type { AnyCommand, Suggestions } from "../dispatch/command.ts";

/** One suggestion while someone types an option: what they see and what is sent. */
export type AutocompleteChoice = { name: string; value: string };

/**
 * Suggestions for a partly typed option (`topic`/`name`, `who`/`speaker`), best first. The fact store backs
 * it; adapters cap the list at the platform's limit and answer within its deadline.
 */
export type AutocompleteSource = (
  subcommand: string,
  option: string,
  partial: string,
) => readonly AutocompleteChoice[] | Promise<readonly AutocompleteChoice[]>;

/** What an option suggests, read from its command's definition; none for an option that does not autocomplete. */
function suggestionsOf(commands: readonly AnyCommand[], subcommand: string, option: string): Suggestions | undefined {
  const arg = commands.find((command) => command.name === subcommand)?.args[option];
  return arg?.type === "string" ? arg.autocomplete : undefined;
}

type Topics = readonly { slug: string; title: string }[];

/** Topics from the config whose slug or title contains what was typed. */
function topicChoices(topics: Topics, partial: string): AutocompleteChoice[] {
  const wanted = partial.trim().toLowerCase();
  return topics
    .filter((topic) => !wanted || topic.slug.includes(wanted) || topic.title.toLowerCase().includes(wanted))
    .map((topic) => ({ name: `${topic.title} (${topic.slug})`, value: topic.slug }));
}

/** Topic suggestions only (people suggest nothing): a source where no store is at hand. */
export function createTopicAutocomplete(commands: readonly AnyCommand[], topics: Topics): AutocompleteSource {
  return (subcommand, option, partial) => (suggestionsOf(commands, subcommand, option) === "topics" ? topicChoices(topics, partial) : []);
}

/**
 * Topics from the config, and people from the fact store (quoted people, most quoted first), so `/brief who`
 * suggests only speakers the bot can actually answer about. `speakers` takes the typed text and a limit.
 * Which options suggest what is read from the commands' definitions.
 */
export function createStoreAutocomplete(options: {
  commands: readonly AnyCommand[];
  topics: Topics;
  speakers: (partial: string, limit: number) => readonly { name: string; quotes: number }[];
}): AutocompleteSource {
  return (subcommand, option, partial) => {
    switch (suggestionsOf(options.commands, subcommand, option)) {
      case "topics":
        return topicChoices(options.topics, partial);
      case "speakers":
        return options.speakers(partial, 25).map((person) => ({
          name: `${person.name} (${person.quotes} quote${person.quotes === 1 ? "" : "s"})`,
          value: person.name,
        }));
      case undefined:
        return [];
    }
  };
}
