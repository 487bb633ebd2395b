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
