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

/** Topics from the config, matching slug or title by prefix or word: a source until the store backs topics. */
export function createTopicAutocomplete(topics: readonly { slug: string; title: string }[]): AutocompleteSource {
  return (subcommand, option, partial) => {
    if (subcommand !== "topic" || option !== "name") return [];
    const wanted = partial.trim().toLowerCase();
    return topics
      .filter((topic) => !wanted || topic.slug.includes(wanted) || topic.title.toLowerCase().includes(wanted))
      .map((topic) => ({ name: `${topic.title} (${topic.slug})`, value: topic.slug }));
  };
}
