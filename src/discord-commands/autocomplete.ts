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

/** The options whose values are topic slugs: `/brief topic name:`, `/brief subscribe topic:`, `/brief unsubscribe topic:`. */
export function isTopicOption(subcommand: string, option: string): boolean {
  return option === "topic" || (subcommand === "topic" && option === "name");
}

/** Topics from the config whose slug or title contains what was typed: a source until the store backs topics. */
export function createTopicAutocomplete(topics: readonly { slug: string; title: string }[]): AutocompleteSource {
  return (subcommand, option, partial) => {
    if (!isTopicOption(subcommand, option)) return [];
    const wanted = partial.trim().toLowerCase();
    return topics
      .filter((topic) => !wanted || topic.slug.includes(wanted) || topic.title.toLowerCase().includes(wanted))
      .map((topic) => ({ name: `${topic.title} (${topic.slug})`, value: topic.slug }));
  };
}

/** The people options: `/brief who speaker:` and `/brief entity name:`. */
export function isPersonOption(subcommand: string, option: string): boolean {
  return option === "speaker" || (subcommand === "entity" && option === "name");
}

/**
 * Topics from the config, and people from the fact store (quoted people, most quoted first), so `/brief who`
 * suggests only speakers the bot can actually answer about. `speakers` takes the typed text and a limit.
 */
export function createStoreAutocomplete(options: {
  topics: readonly { slug: string; title: string }[];
  speakers: (partial: string, limit: number) => readonly { name: string; quotes: number }[];
}): AutocompleteSource {
  const topics = createTopicAutocomplete(options.topics);
  return (subcommand, option, partial) => {
    if (!isPersonOption(subcommand, option)) return topics(subcommand, option, partial);
    return options.speakers(partial, 25).map((person) => ({
      name: `${person.name} (${person.quotes} quote${person.quotes === 1 ? "" : "s"})`,
      value: person.name,
    }));
  };
}
