import { withoutDateline } from "../text/dateline.ts";
import { stem, words } from "../text/words.ts";

/**
 * The content words of a clause, stemmed: what two tellings of one event must share. Function words, reporting
 * verbs, numbers and date words are left out. why: two outlets date and count the same event differently (that is
 * what a conflict is) and attribute it in their own way ("police said"), so none of those may make two clauses
 * look different, and none may make two different events look the same.
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of words(withoutDateline(text), { dropPossessives: true })) {
    if (word.length < 2 || /\d/.test(word) || IGNORED.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

const IGNORED = new Set(
  [
    // function words
    "a an the of and or but nor in on at for to with by from as into onto over under after before than then that this these those",
    "it its it's he she they them their his her him we our us you your i me my who whom whose which what when where while",
    "is are was were be been being has have had do does did will would shall should can could may might must not no",
    "there here also just only very more most less least some any all each both other others such so too up down out off",
    "about against between through during since until again further once if because",
    // reporting and attribution
    "said says say saying told tells tell added adding according statement reported reports reporting announced",
    // date and time words
    "january february march april may june july august september october november december",
    "jan feb mar apr jun jul aug sep sept oct nov dec",
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight",
    "day days week weeks month months year years morning afternoon evening night last next earlier later ago",
    // number words (the figures are compared apart, see figures.ts)
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion",
    "first second third",
  ]
    .join(" ")
    .split(" "),
);

/** How much two clauses' content words overlap. */
export type Overlap = { shared: number; jaccard: number; containment: number };

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): Overlap {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  const smaller = Math.min(a.size, b.size);
  return { shared, jaccard: union === 0 ? 0 : shared / union, containment: smaller === 0 ? 0 : shared / smaller };
}

/**
 * Whether two clauses tell the same thing: at least three content words in common, and either half of all their
 * words (Jaccard ≥ 0.5) or, when `contained` is allowed, nearly all of the shorter one's (≥ 0.8: a short telling
 * inside a longer one, "the bridge reopened in March" inside "the bridge in the town reopened on 14 March after
 * repairs").
 * why these numbers: on the fixture stories every pair of tellings of one event scores ≥ 0.8 containment, while
 * two events of one day in one town share at most a place name or two (≤ 0.3); three shared words keep two short
 * summaries from meeting on a name and a verb alone. Containment alone is weaker (a short clause can sit inside a
 * long one on names and a noun: "X holds the primary next week" in "Y will win X's primary next week"), so callers
 * allow it only when the dates are ones the outlets wrote.
 */
export function sameClause(a: ReadonlySet<string>, b: ReadonlySet<string>, contained: boolean): boolean {
  const o = overlap(a, b);
  return o.shared >= MIN_SHARED && (o.jaccard >= 0.5 || (contained && o.containment >= 0.8));
}

/**
 * Every content word of the shorter clause, at least two, is in the longer: "the dam, which it finished" and "the
 * dam, which the province finished". why apart from `sameClause`: two words are too few on their own; callers ask for it only
 * when something else vouches, such as the very same date.
 */
export function containedClause(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const o = overlap(a, b);
  return o.shared >= 2 && o.containment === 1;
}

/**
 * Stricter: close enough that a different date or figure is a disagreement rather than another event.
 * why: when the dates differ nothing else vouches that the two clauses are one event, so a fourth shared word and
 * a higher bar guard against recurring events ("the strike last year", "the strike this week").
 */
export function closeClause(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const o = overlap(a, b);
  return o.shared >= MIN_SHARED + 1 && (o.jaccard >= 0.6 || o.containment >= 0.9);
}

const MIN_SHARED = 3;
