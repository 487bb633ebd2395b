import { plainStem, words } from "../text/words.ts";

/**
 * How two roles given for one person stand to each other. A role is read as its title words (minister, director,
 * chair …), its rank words (deputy, acting, vice …) and the rest (the portfolio or the body: "fisheries", "coastal
 * fisheries agency"; an acronym stands for the capitalised words it abbreviates, "DNC" for "Democratic National
 * Committee"). A role listing several ("governor and a presidential candidate") is compared part by part.
 * - "same": a title in common, the same ranks, and one's other words inside the other's ("chair of the union" and
 *   "chair of the dockers' union": the shorter is the same role told less precisely);
 * - "conflict": a title in common but a rank only one gives while the other is specific ("deputy director of the
 *   agency" and "director of the agency"), or specifics with nothing in common ("fisheries minister" and "finance
 *   minister");
 * - "unrelated": anything else. why: people hold several roles at once ("mayor and party leader"), a misread role
 *   shares no title, and two tellings that share some specifics ("two-term Florida governor", "Florida governor and
 *   candidate") are more likely one role worded twice; precision first.
 */
export type RoleRelation = "same" | "conflict" | "unrelated";

export function compareRoles(a: string, b: string): RoleRelation {
  const relations = partsOf(a).flatMap((x) => partsOf(b).map((y) => compareParts(x, y)));
  if (relations.includes("same")) return "same";
  return relations.includes("conflict") ? "conflict" : "unrelated";
}

function compareParts(x: ReadRole, y: ReadRole): RoleRelation {
  if (![...x.titles].some((title) => y.titles.has(title))) return "unrelated";
  const xSpecific = x.ranks.size + x.rest.size;
  const ySpecific = y.ranks.size + y.rest.size;
  // why: "minister" against "deputy minister" is vague, not wrong; only a specific role can contradict a rank
  const rankOnlyOneGives =
    ([...x.ranks].some((rank) => !y.ranks.has(rank)) && ySpecific > 0) ||
    ([...y.ranks].some((rank) => !x.ranks.has(rank)) && xSpecific > 0);
  if (rankOnlyOneGives) return "conflict";
  if (within(x, y) || within(y, x)) return "same";
  const disjoint = ![...x.rest].some((word) => matches(word, y)) && ![...y.rest].some((word) => matches(word, x));
  return disjoint ? "conflict" : "unrelated";
}

type ReadRole = { titles: Set<string>; ranks: Set<string>; rest: Set<string>; acronyms: Set<string> };

const PART_BREAK = /\s*(?:[,;]|\band\b)\s*/;

function partsOf(role: string): ReadRole[] {
  return role
    .split(PART_BREAK)
    .filter((part) => part.trim() !== "")
    .map(readRole);
}

function readRole(role: string): ReadRole {
  const out: ReadRole = { titles: new Set(), ranks: new Set(), rest: new Set(), acronyms: new Set() };
  for (const word of words(role, { dropPossessives: true })) {
    if (IGNORED.has(word)) continue;
    if (RANKS.has(word)) out.ranks.add(RANK_FORMS[word] ?? word);
    else if (TITLES.has(word)) out.titles.add(TITLE_FORMS[word] ?? plainStem(word));
    else out.rest.add(plainStem(word));
  }
  for (const run of role.matchAll(CAPITALISED_RUN)) {
    const initials = run[0]
      .split(/\s+/)
      .map((word) => word[0] ?? "")
      .join("")
      .toLowerCase();
    out.acronyms.add(initials);
  }
  return out;
}

// why: "Democratic National Committee" → "dnc", so "DNC chair" meets "the Democratic National Committee's chair"
const CAPITALISED_RUN = /\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)+/gu;

/** Every other word of `x` is in `y` (as a word or as the acronym of some of `y`'s capitalised words). */
function within(x: ReadRole, y: ReadRole): boolean {
  return [...x.rest].every((word) => matches(word, y));
}

function matches(word: string, role: ReadRole): boolean {
  return role.rest.has(word) || role.acronyms.has(word);
}

const TITLES = new Set(
  (
    "minister secretary chair chairman chairwoman chairperson president director spokesman spokeswoman spokesperson " +
    "mayor governor ceo executive head leader manager editor professor ambassador commissioner general colonel " +
    "captain admiral analyst adviser advisor economist officer treasurer founder owner judge prosecutor senator " +
    "representative councillor councilor coach curator conductor chancellor premier king queen prince envoy " +
    "superintendent inspector sheriff chief marshal dean rector principal attorney lawyer spokesperson"
  ).split(" "),
);
/** Spellings of one title. */
const TITLE_FORMS: Record<string, string> = {
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  advisor: "adviser",
  councilor: "councillor",
};
const RANKS = new Set("deputy vice assistant acting interim associate under co lieutenant".split(" "));
const RANK_FORMS: Record<string, string> = { lieutenant: "deputy", under: "deputy" };
/**
 * Words that say nothing about which role: articles, prepositions, and seniority or time words. why "former" and
 * "senior" are ignored: a former minister is not a different post, and "senior analyst" vs "analyst" is wording.
 */
const IGNORED = new Set("a an the of for at in on to and with by from its his her their former senior junior then current new".split(" "));
