import { plainStem, words } from "../text/words.ts";

/**
 * How two roles given for one person stand to each other. A role is read as its title words (minister, director,
 * chair …), its rank words (deputy, acting, vice …) and the rest (the portfolio or the body: "fisheries", "coastal
 * fisheries agency").
 * - "same": a title in common, the same ranks, and one's other words inside the other's ("chair of the union" and
 *   "chair of the dockers' union": the shorter is the same role told less precisely);
 * - "conflict": a title in common but a rank only one gives while the other is specific ("deputy director of the
 *   agency" and "director of the agency"), or two specifics that exclude each other ("fisheries minister" and
 *   "finance minister");
 * - "unrelated": no title in common. why: people hold several roles at once ("mayor and party leader"), and a role
 *   the extractor misread shares no title, so precision first: no conflict without a shared title.
 */
export type RoleRelation = "same" | "conflict" | "unrelated";

export function compareRoles(a: string, b: string): RoleRelation {
  const x = readRole(a);
  const y = readRole(b);
  if (![...x.titles].some((title) => y.titles.has(title))) return "unrelated";
  const xSpecific = new Set([...x.ranks, ...x.rest]);
  const ySpecific = new Set([...y.ranks, ...y.rest]);
  // why: "minister" against "deputy minister" is vague, not wrong; only a specific role can contradict a rank
  const rankOnlyOneGives =
    ([...x.ranks].some((rank) => !y.ranks.has(rank)) && ySpecific.size > 0) ||
    ([...y.ranks].some((rank) => !x.ranks.has(rank)) && xSpecific.size > 0);
  if (rankOnlyOneGives) return "conflict";
  if (subset(x.rest, y.rest) || subset(y.rest, x.rest)) return "same";
  return "conflict";
}

type ReadRole = { titles: Set<string>; ranks: Set<string>; rest: Set<string> };

function readRole(role: string): ReadRole {
  const out: ReadRole = { titles: new Set(), ranks: new Set(), rest: new Set() };
  for (const word of words(role, { dropPossessives: true })) {
    if (IGNORED.has(word)) continue;
    if (RANKS.has(word)) out.ranks.add(RANK_FORMS[word] ?? word);
    else if (TITLES.has(word)) out.titles.add(TITLE_FORMS[word] ?? plainStem(word));
    else out.rest.add(plainStem(word));
  }
  return out;
}

function subset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].every((word) => b.has(word));
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
