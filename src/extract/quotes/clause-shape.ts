import type { Sentence } from "../text/segment.ts";
import type { RawQuote } from "./raw-quote.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

/**
 * A wire dateline opening the first paragraph: "OSLO, Norway —", "LONDON (AP) —", "ROTTERDAM, June 14 (Wire) -",
 * or only its agency tag "(AP) —" when a state abbreviation ("NEW HARBOR, Conn.") ended the sentence before it.
 */
export const DATELINE = /^(?:\p{Lu}{2,}[\p{Lu}\s.'-]*(,\s*[\p{L}\d.\s]{1,30}?)?(\s*\([^)]{1,30}\))?|\([^)]{1,30}\))\s*[—–―-]{1,2}\s+/u;

/** A clause that opens with a subordinator is background to the main clause, not a reported statement. */
// why: "even" subordinates only with a conjunction ("even if", "even as"); "Even the mayor agrees …" is a main clause.
export const SUBORDINATE_START =
  /^\s*(as|while|although|though|if|when|because|since|whether|even(?=\s+(?:if|though|as|when|while|so|after|before|since|because)\b)|unless|whereas|once|after|before)\b/i;

/**
 * A clause that is only background: it opens with a subordinator and no main clause follows a comma
 * ("When the vote came" is background; "When the vote came, the council was split" is a statement).
 */
export function onlySubordinate(text: string): boolean {
  if (!SUBORDINATE_START.test(text)) return false;
  for (let comma = text.indexOf(","); comma >= 0; comma = text.indexOf(",", comma + 1)) {
    const rest = text.slice(comma + 1);
    if (!SUBORDINATE_START.test(rest) && looksLikeClause(rest)) return false;
  }
  return true;
}

const LEADING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing\b[^,]{0,200},\s*/u;

/**
 * The reported clause of `CLAUSE, X said`: without a dateline, a leading conjunction, or a leading
 * participle phrase ("Fuelling speculation that …, X returned"), which is the writer's framing.
 */
export function reportedBody(clauseText: string): string {
  return withoutLeadingSubordinate(
    clauseText
      .replace(DATELINE, "")
      .replace(/^\s*(but|and|so|yet)\s+/i, "")
      .replace(LEADING_PARTICIPLE, "")
      .trim(),
  );
}

// why: "While the town waits for word, the priority is X, aides say": a leading clause of time, contrast or
// cause is the writer's setting; the source vouches for the main clause. A condition ("if …, she will") is part
// of the claim itself and stays. A short setting before it ("In May, as …, the firm …") goes with it.
const LEADING_SUBORDINATE =
  /^(?:(?:in|on|by|during|since|after)\s[^,]{1,40},\s*)?(?:as|while|when|whereas|although|though|after|before|since|once|until|because|even as|even though)\s[^,;]{3,220},\s*/i;

const PREPOSITION_LIKE = /^(?:(?:in|on|by|during|since|after)\s[^,]{1,40},\s*)?(?:as|after|before|since|until)\s/i;

/** The clause without a leading subordinate clause, when a main clause follows it. */
export function withoutLeadingSubordinate(clause: string): string {
  const lead = LEADING_SUBORDINATE.exec(clause);
  if (!lead) return clause;
  // why: "After nearly 20 years of hostile relations, …", "As a senator, …": with a noun phrase these words are
  // prepositions, and the phrase is part of the statement; only a clause after them is the writer's setting.
  const opener = PREPOSITION_LIKE.exec(lead[0]);
  if (opener && !looksLikeClause(lead[0].slice(opener[0].length).replace(/,\s*$/, ""))) return clause;
  const rest = clause.slice(lead[0].length);
  const mainClause = looksLikeClause(rest) || (MAIN_SUBJECT_START.test(rest) && rest.split(/\s+/).length >= 4);
  return mainClause && !SUBORDINATE_START.test(rest) ? rest : clause;
}

/** How a main clause's subject opens: a determiner, a possessive, a pronoun or a name. */
const MAIN_SUBJECT_START = /^(?:(?:the|a|an|his|her|its|their|our|this|these|those|some|many|most|he|she|they|it|we)\s|\p{Lu})/u;

/** An indirect quote covering one sentence: `body` is the reported clause, `attribution` the words that credit it. */
export function indirectQuote(sentence: Sentence, body: string, speaker: RawQuote["speaker"], attribution: string): RawQuote {
  return { text: body, kind: "indirect", speaker, attribution, start: sentence.start, end: sentence.end, paragraph: sentence.paragraph };
}

/** Auxiliaries, modals and common irregular pasts: words that make a run of words a clause. */
const STRONG_FINITE =
  "is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|shouldn['’]t|didn['’]t|doesn['’]t|don['’]t|\\p{Ll}{3,}ed|rose|fell|made|took|gave|won|lost|saw|met|left|came|went|got|sent|spent|built|held|kept|paid|sold|found|began|grew|knew|ran|led|brought|bought|fought|thought|meant|became|broke|chose|told|said|needs|wants|remains|plans|lacks|deserves|supports|opposes|knows|believes|thinks|feels|seems|appears|owes|holds|leads|makes|takes|gives|goes|gets|has";
const PRONOUN_CLAUSE = new RegExp(
  `^(?:he|she|they|it|we|i|you|there)(?:['’](?:s|re|ll|d|ve))?\\s+(?:(?:\\p{Ll}+ly|also|still|never|not|just|already|now)\\s+){0,2}(?:${STRONG_FINITE}|\\p{Ll}+s)\\b`,
  "iu",
);
const PRONOUN_CONTRACTED = /^(?:he|she|they|it|we|i|you|there)['’](?:s|re|ll|d|ve)\s/iu;
/** "they expect …", "we want …": after a plural or first-person pronoun any lowercase word is the verb. */
const PLURAL_PRONOUN_CLAUSE = /^(?:they|we|i|you)\s+(?:(?:\p{Ll}+ly|also|still|never|not|just|already|now|all)\s+){0,2}\p{Ll}{2,}\b/u;
const NOUN_CLAUSE = new RegExp(
  `^(?!(?:and|or|but|so|as|if)\\s)(?:(?!(?:that|which|who|whom|whose|to|about|for)\\s)[\\p{L}\\p{N}’'.$%-]+\\s+){1,6}?(?:${STRONG_FINITE})(?![\\p{L}’'-])`,
  "u",
);

/**
 * Whether words after a verb of saying, with no "that", are a clause ("the numbers were worse", "she'll
 * run again") rather than an object ("the error", "a plan that would …", "a new plan to cut costs").
 */
export function looksLikeClause(text: string): boolean {
  // why: "the plan -- fees and cuts -- is bad": an aside between paired dashes or brackets sits between the
  // subject and its verb; the clause is read without it.
  const body = text.trimStart().replace(PAIRED_ASIDE, " ");
  if (PRONOUN_CONTRACTED.test(body) || PRONOUN_CLAUSE.test(body) || PLURAL_PRONOUN_CLAUSE.test(body)) return true;
  // why: "wrote a detailed letter", "announced the revised plan": an "-ed" word right after a determiner is
  // an adjective in an object, not the verb of a clause ("admitted the revised numbers were worse" still is).
  return NOUN_CLAUSE.test(body.replace(DETERMINER_THEN_ED, "$1 x"));
}

const PAIRED_ASIDE = /\s(?:--|—|–)\s[^—–]{1,120}?\s(?:--|—|–)\s|\s\([^()]{1,80}\)/gu;
const DETERMINER_THEN_ED = /\b(a|an|the|his|her|its|their|our|my|this|these|those)\s+\p{Ll}{3,}ed\b/giu;

/**
 * Where a reported clause ends before the writer's own words: ";", a dash aside, a contrast (", even as / while
 * / whereas / although / despite"), a participle phrase (", reflecting …"), or a second predicate of the
 * speaker's own ("… and proposed a safe zone", "… and has repeatedly called him …").
 * why: a pair of dashes sets off an aside inside the clause ("the plan -- fees and cuts -- is bad"), and
 * "-- but …" is the speaker's own contrast, so only a lone dash ends it. Only participles of consequence,
 * framing or a second statement (", leaving …", ", prompting …", ", adding …") end it: others carry the
 * speaker's own reasoning (", helping to keep …", ", considering …"), which news annotation keeps.
 */
export const CLAUSE_END =
  /(?:;|\s+(?:—|--|–|-)\s(?<!(?:—|--|–|\s-\s)[\s\S]*\s(?:—|--|–|-)\s)(?![\s\S]*\s(?:—|--|–|-)\s)(?!but\s)|,\s+(?:even as|although|though|despite|for whom|one of|compared with|compared to)\b|,\s+(?:while|whereas)\s+[^,;]{1,60}?\s(?:said|says|say|told|tells|argued|argues|added|adds|noted|notes|insisted|insists|claimed|claims|contended|wrote|writes|suggested|suggests)\b|\s+despite\b|,\s+(?:leaving|prompting|sparking|raising|drawing|fuel+ing|triggering|sending|causing|forcing|setting|bringing|marking|putting|reflecting|underscoring|highlighting|echoing|signal+ing|saying|adding|noting|arguing|writing|warning|insisting|explaining|claiming|stressing|asserting|declaring|predicting|acknowledging|admitting|conceding|contending|telling|suggesting|calling|urging|citing|asking|accusing|blaming|praising|criticizing|criticising|vowing|promising|pledging|referring|speaking|taking|making|giving|becoming|joining|ending|following|defying|ignoring|breaking|winning|losing|pushing|pulling)\b|\s+and\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|later\s+|repeatedly\s+)?\p{Ll}{3,}ed\s+(?:a|an|the|his|her|their|him|them|it|why|whether|how)\b).*$/su;
