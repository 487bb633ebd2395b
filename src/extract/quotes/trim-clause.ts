// Where a reported clause ends: the writer's own words after it (a trailing credit, a relative clause, a second main clause) are cut off.

import { CLAUSE_END, looksLikeClause } from "./clause-shape.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

// why: ", he said on Monday" closes the clause; ", he also hosted the team" is the speaker's own second clause.
const TRAILING_CREDIT =
  /,\s*(?:according to\s|(?:he|she|they|officials?|the [\p{Ll} ]+)\s+(?:also\s+)?(?:said|says|say|added|adds|told|tells|noted|notes|wrote|writes|argued|argues|insisted|insists|explained|explains)\b)[^,]*$/u;
const HELD_VIEW = /^(he|she|they|it|we|i) (thought|thinks|believed|believes|felt|feels|knew|knows) (that )?/i;
const TRAILING_RELATIVE = /,\s+(which|who)\s[^,]*$/;
const CLEFT = /^\s*it(?:['’]s|\s+(?:is|was|were)\b)/i;
const TRAILING_APPOSITION = /,\s+((?:the|a|an)\s+\p{Ll}[^,;]*)$/u;

// why: ", but Democrats have pushed …", ", and he decided …": a second main clause with its own subject is the
// writer's narration after the reported clause (a second report names its own verb of saying).
const SECOND_SUBJECT_CLAUSE =
  /,\s+(?:and|but)\s+(?:(?:ultimately|also|then|later|now)\s+)?(?:he|she|they|we|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|the\s+\p{Ll}+|(?:\p{Ll}+\s+)?\p{Ll}{3,}s)\s+(?:(?:also|then|later|still|\p{Ll}+ly)\s+)?(?:has|have|had|is|are|was|were|will|would|\p{Ll}{3,}ed|\p{Ll}{3,}s)\b.*$/su;

// why: ", and he and the mayor still speak often": a compound subject opens the writer's next clause too;
// after it any verb form follows ("speak", "meet"), so the verb need not look finite.
const COMPOUND_SUBJECT_CLAUSE =
  /,\s+(?:and|but)\s+(?:he|she|they|we|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+and\s+(?:he|she|they|we|the\s+\p{Ll}+|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:(?:also|still|then|now|\p{Ll}+ly)\s+)?\p{Ll}{2,}\b.*$/su;

/**
 * The reported clause without what the writer adds after it: a relative clause on the last noun, a second
 * credit, and a contrast or a second clause set off by ";" or ", even as / while / whereas / although".
 * "He said he thought (that) X" reports X, a view the speaker holds; but "she hoped both sides would …" keeps
 * its "she hoped": without it a hope (or a fear) would read as a claim.
 */
export function trimClause(clause: string): string {
  return (
    clause
      // why: only when a clause follows: in "he knew about the leak" the "he knew" is the statement itself.
      .replace(HELD_VIEW, (lead, _p: string, _v: string, that: string | undefined, offset: number, whole: string) =>
        that || looksLikeClause(whole.slice(offset + lead.length)) ? "" : lead,
      )
      .replace(CLAUSE_END, "")
      .replace(SECOND_SUBJECT_CLAUSE, "")
      .replace(COMPOUND_SUBJECT_CLAUSE, "")
      // why: a cleft ("it's the leaders, not the members, who insisted …") needs its relative clause.
      .replace(TRAILING_RELATIVE, (tail, _w: string, offset: number, whole: string) => (CLEFT.test(whole.slice(0, offset)) ? tail : ""))
      .replace(TRAILING_CREDIT, "")
      // why: "…, the founder of the firm" at the end names who the last noun is; it is the writer's gloss.
      .replace(TRAILING_APPOSITION, (tail, description: string) => (looksLikeClause(description) ? tail : ""))
      // why: "(She says …)": the closing bracket of an aside is no part of the clause.
      .replace(/^([^(]*?)[\s.!?]*\)[\s.]*$/, "$1")
      .replace(/[\s.;:!?…]+$/, "")
      .trim()
  );
}
