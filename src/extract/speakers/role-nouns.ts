// Whether a word is a noun for people or a body that can speak ("officials", "the union", "protesters").

import { ROLE_NOUNS } from "../lexicon/titles.ts";

/**
 * Analyses and tallies a news story credits with "according to" ("according to an analysis of state records",
 * "according to three television networks"): someone's findings, kept as an unnamed source as news annotation
 * records them. Raw data, plans and letters stay out: they state nothing of their own.
 */
const CREDITED_FINDINGS: ReadonlySet<string> = new Set("analysis polling networks network tally".split(" "));

/** A head noun "according to" may credit: a person, a body, or someone's findings. */
export function isSourceNoun(word: string): boolean {
  return isRoleNoun(word) || CREDITED_FINDINGS.has(word.toLowerCase());
}

/** A lowercase noun for people or bodies: the lexicon, or an agent-noun plural ("forecasters", "protesters"). */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    ROLE_NOUNS.has(lower) ||
    MORE_PEOPLE_NOUNS.has(lower) ||
    (word === lower && (/(ers|ors|ists|ians|ants|ents|men)$/.test(lower) || POLITICAL_GROUPS.has(lower)))
  );
}

/**
 * People and bodies that news copy names by what they are ("the businessman insisted", "the star noted", "the
 * state admitted", "both sides acknowledged"), beside the title lexicon.
 */
const MORE_PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  "businessman businesswoman businessmen star stars actor actress singer billionaire mogul frontrunner front-runner state sides unit desk".split(
    " ",
  ),
);

/** Plural nouns for political camps that speak as groups ("social conservatives say"). */
const POLITICAL_GROUPS: ReadonlySet<string> = new Set(
  "conservatives liberals progressives moderates evangelicals independents libertarians centrists populists democrats republicans".split(
    " ",
  ),
);
